/**
 * Every message between the extension's parts, typed in one place. Receivers check the shape and the
 * sender: anything that is not one of these, or not from this extension, is ignored.
 */
import type { CarrierHints, Phrases } from './locate';

import type { Found, Target } from './actions';

export type { Found, Target };

/** Page script → background: "I have started; what should I look for?" Answered with a PageSetup. */
export interface Hello {
  type: 'sim-exit/hello';
}

/** What a page script needs: the carrier's hints (on carrier sites), the phrases, labels, and whether to draw. */
export interface PageSetup {
  carrierId?: string;
  hints?: CarrierHints;
  phrases: Phrases;
  labels: Record<Target, string>;
  draw: boolean;
}

/** Content script → background: "this tab is on a carrier page; here is what the locator found". */
export interface PageReport {
  type: 'sim-exit/page';
  found: Found;
}

/** Popup → background: "what do you know about tab N?" */
export interface TabStateQuery {
  type: 'sim-exit/tab-state';
  tabId: number;
}

/** Popup → content script: "scroll to this target and pulse it". */
export interface ShowTarget {
  type: 'sim-exit/show';
  target: Target;
}

export type Message = Hello | PageReport | TabStateQuery | ShowTarget;

export interface TabState {
  carrierId: string;
  found: Found;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseMessage(value: unknown): Message | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'sim-exit/hello':
      return { type: value.type };
    case 'sim-exit/page':
      return isRecord(value.found) && isBool(value.found.account) && isBool(value.found.cancel)
        ? { type: value.type, found: { account: value.found.account, cancel: value.found.cancel } }
        : undefined;
    case 'sim-exit/tab-state':
      return Number.isInteger(value.tabId) ? { type: value.type, tabId: value.tabId as number } : undefined;
    case 'sim-exit/show':
      return value.target === 'account' || value.target === 'cancel' ? { type: value.type, target: value.target } : undefined;
    default:
      return undefined;
  }
}

/** True only for messages sent by this extension itself (its pages or its content scripts). */
export function fromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
