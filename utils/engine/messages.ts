/**
 * Every message between the extension's parts, typed in one place. Receivers check the shape and the
 * sender: anything that is not one of these, or not from this extension, is ignored.
 */
import type { Action, Found, Target } from './actions';
import { ACTIONS, type Compiled } from './locate';

export type { Action, Found, Target };

/** Page script → background: "I have started; what should I look for?" Answered with a PageSetup. */
export interface Hello {
  type: 'sim-exit/hello';
  /**
   * Sent by the debug view, which the popup injects beside the page's own script: it gets the same
   * setup, but the tab's record (what the content script found) is left as it is.
   */
  quiet?: true;
}

/** What a page script needs: the phrases and the carrier's hints (on carrier sites), compiled; labels, and whether to draw. */
export interface PageSetup {
  carrierId?: string;
  compiled: Compiled;
  labels: Record<Target, string>;
  /** The actions to look for and outline: the account and what ends this carrier's plans. */
  actions: Action[];
  draw: boolean;
  /** The debug view paints the top candidates of each action with their scores (options: "Show why"). */
  debug: boolean;
}

/** Content script → background: "this tab is on a carrier page; here is what the locator found". */
export interface PageReport {
  type: 'sim-exit/page';
  found: Found;
  /** Found targets that another element (a cookie banner, a chat bubble) covers at their centre. */
  covered: Action[];
}

/** Popup → content script: "scroll to this target and pulse it". */
export interface ShowTarget {
  type: 'sim-exit/show';
  target: Target;
}

export type Message = Hello | PageReport | ShowTarget;

export interface TabState {
  carrierId: string;
  found: Found;
  covered: Action[];
}

export const NOTHING_FOUND: Found = { account: false, end: false, renewal: false, delete: false };

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isAction = (v: unknown): v is Action => (ACTIONS as readonly unknown[]).includes(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseMessage(value: unknown): Message | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'sim-exit/hello':
      return value.quiet === true ? { type: value.type, quiet: true } : { type: value.type };
    case 'sim-exit/page': {
      const found = value.found;
      if (!isRecord(found) || !ACTIONS.every((a) => isBool(found[a])) || !Array.isArray(value.covered) || !value.covered.every(isAction)) return undefined;
      return {
        type: value.type,
        found: Object.fromEntries(ACTIONS.map((a) => [a, found[a]])) as Found,
        covered: [...new Set(value.covered as Action[])],
      };
    }
    case 'sim-exit/show':
      return parseShowTarget(value);
    default:
      return undefined;
  }
}

/** The one message page scripts receive, parsed on its own so that they do not ship the other parsers. */
export function parseShowTarget(value: unknown): ShowTarget | undefined {
  return isRecord(value) && value.type === 'sim-exit/show' && isAction(value.target) ? { type: value.type, target: value.target } : undefined;
}

/** True only for messages sent by this extension itself (its pages or its content scripts). */
export function fromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
