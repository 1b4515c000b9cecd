/** What the popup needs from the browser: the tab it describes, what the background knows of it, and the page actions. */
import { browser } from 'wxt/browser';
import type { PopupContext } from '@/components/App';
import { NOTHING_FOUND, type Found, type ShowTarget, type TabState } from '@/utils/engine/messages';
import type { Settings } from '@/utils/storage/settings';
import { readTabStates, tabStateKey } from '@/utils/storage/tab-state';
import { popupTabId } from './popup-tab';

const LAST_COUNTRY = 'lastCountry';

/** `settings` are the page's own, read once at start-up (boot.ts startPage). */
export async function popupContext(search: string, settings: Promise<Settings>): Promise<PopupContext> {
  // Read straight from storage, beside the tab query: no round trip through the background (which
  // may have to start first), and no wait for the tab's id before reading its state.
  const [[active], stored, states] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.storage.local.get(LAST_COUNTRY),
    readTabStates(),
  ]);
  const tabId = popupTabId(search, active?.id);
  const tabState = tabId === undefined ? undefined : states(tabId);
  // Awaited beside the first render, not before it.
  const debugOn = settings.then((s) => s.debug);
  /**
   * "Show why SIM Exit picked these": the debug view is a script of its own, injected through
   * activeTab where the page script ran (a carrier tab, or after the finder). Without activeTab (the
   * popup opened in a tab) there is nothing to paint on.
   */
  const showDebugView = async (id: number) => {
    if (await debugOn) await browser.scripting.executeScript({ target: { tabId: id }, files: ['/debug-view.js'] }).catch(() => undefined);
  };
  if (tabId !== undefined && tabState) void showDebugView(tabId);
  return {
    tabId,
    tabState,
    lastCountry: typeof stored[LAST_COUNTRY] === 'string' ? stored[LAST_COUNTRY] : undefined,
    rememberCountry: (code) => void browser.storage.local.set({ [LAST_COUNTRY]: code }),
    watchTabState(onChange) {
      if (tabId === undefined) return () => {};
      const key = tabStateKey(tabId);
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        const next = changes[key]?.newValue as TabState | undefined;
        if (next && typeof next.carrierId === 'string' && typeof next.found === 'object') onChange(next);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    async find() {
      if (tabId === undefined) throw new Error('no tab');
      const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/finder.js'] });
      void showDebugView(tabId);
      return (result?.result as Found | undefined) ?? NOTHING_FOUND;
    },
    async show(target) {
      if (tabId === undefined) return false;
      const message: ShowTarget = { type: 'sim-exit/show', target };
      const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as { shown?: boolean } | undefined;
      if (reply?.shown) window.close();
      return !!reply?.shown;
    },
  };
}
