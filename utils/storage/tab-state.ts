/**
 * Per-tab carrier state, the only mutable state the extension keeps. Stored in storage.session so
 * that it survives the MV3 service worker being stopped, and dropped when the tab closes or navigates.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../engine/messages';

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

function area() {
  // storage.session is missing on older Firefox; state then lives as long as the background page.
  return browser.storage.session ?? browser.storage.local;
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const k = tabStateKey(tabId);
  const stored = await area().get(k);
  return stored[k] as TabState | undefined;
}

/**
 * Every tab's state in one read, for a page that does not know its tab yet: read beside the tab query
 * rather than after it (the popup's first view waits on both).
 */
export async function readTabStates(): Promise<(tabId: number) => TabState | undefined> {
  const stored = await area().get(null);
  return (tabId) => stored[tabStateKey(tabId)] as TabState | undefined;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await area().set({ [tabStateKey(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await area().remove(tabStateKey(tabId));
}
