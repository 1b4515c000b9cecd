/**
 * The after-cancelling checklist, ticked per carrier in storage.local under `checklist:<carrierId>`.
 * A stored value we cannot read counts as nothing ticked; no other key is ever read or written.
 */
import { browser } from 'wxt/browser';

/** In the order they are done: the eSIM goes last because removing it first can lose the number and the refund. */
export const CHECKLIST_ITEMS = ['lastBill', 'confirmation', 'portOut', 'removeEsim'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Ticks = Record<ChecklistItem, boolean>;

export const checklistKey = (carrierId: string) => `checklist:${carrierId}`;

export function parseTicks(value: unknown): Ticks {
  const v = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, v[item] === true])) as Ticks;
}

export async function loadTicks(carrierId: string): Promise<Ticks> {
  const key = checklistKey(carrierId);
  return parseTicks((await browser.storage.local.get(key))[key]);
}

export async function setTick(carrierId: string, item: ChecklistItem, ticked: boolean): Promise<Ticks> {
  const next = { ...(await loadTicks(carrierId)), [item]: ticked };
  await browser.storage.local.set({ [checklistKey(carrierId)]: next });
  return next;
}
