/**
 * The after-cancelling checklist, ticked per carrier in storage.local under `checklist:<carrierId>`.
 * A stored value we cannot read counts as nothing ticked; no other key is ever read or written.
 */
import { browser } from 'wxt/browser';
import type { Carrier, Country } from '@/data/schema';
import { letterRequires, rulesFor } from '@/utils/engine/rules';

/** In the order they are done: the eSIM goes last because removing it first can lose the number and the refund. */
export const CHECKLIST_ITEMS = ['renewalOff', 'lastBill', 'confirmation', 'creditRefund', 'portOut', 'removeEsim'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Ticks = Record<ChecklistItem, boolean>;

/**
 * The items that apply to this carrier. A travel eSIM is prepaid and has no number to take along: no
 * last bill and no porting, but its automatic renewal must be off. Asking for unused credit back is
 * listed only where the country's rules give that right.
 */
export function checklistFor(carrier: Pick<Carrier, 'kind' | 'country' | 'endsBy' | 'autoRenew'>, countries: Country[]): ChecklistItem[] {
  const travel = carrier.kind === 'travel-esim';
  const renews = carrier.autoRenew?.renews ?? carrier.endsBy.includes('renewal');
  const applies: Record<ChecklistItem, boolean> = {
    renewalOff: travel && renews,
    lastBill: !travel,
    confirmation: true,
    creditRefund: !travel && letterRequires(rulesFor(carrier, countries)).has('iban-refund'),
    portOut: !travel,
    removeEsim: true,
  };
  return CHECKLIST_ITEMS.filter((item) => applies[item]);
}

export const checklistKey = (carrierId: string) => `checklist:${carrierId}`;

export function parseTicks(value: unknown): Ticks {
  const v = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, v[item] === true])) as Ticks;
}

export async function loadTicks(carrierId: string): Promise<Ticks> {
  const key = checklistKey(carrierId);
  return parseTicks((await browser.storage.local.get(key))[key]);
}

/**
 * Stores the ticks a popup holds (read once when it opened): one write with no read before it, so a
 * popup closed right after a click keeps the tick.
 */
export async function saveTicks(carrierId: string, ticks: Ticks): Promise<void> {
  await browser.storage.local.set({ [checklistKey(carrierId)]: ticks });
}
