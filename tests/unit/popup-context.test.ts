import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/background/index';
import { popupContext } from '@/utils/ext-pages/popup-context';
import { loadSettings } from '@/utils/storage/settings';

const own = { id: fakeBrowser.runtime.id };
const found = { account: true, end: true, renewal: false, delete: false };
const carrierTab = {
  ...own,
  url: 'https://www.tim.it/area-clienti',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 },
};

/** The files the popup injected, by tab. */
function injections() {
  const spy = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async (injection: { files?: string[] }) =>
      injection.files?.[0] === '/finder.js' ? [{ frameId: 0, result: found }] : [{ frameId: 0, result: undefined }]) as never);
  return () => spy.mock.calls.map(([i]) => `${(i as { target: { tabId: number } }).target.tabId} ${(i as { files: string[] }).files.join()}`);
}

/** Long enough for the popup's settings read and the injection it starts without waiting. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the popup and the debug view', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The popup talks to the real background.
    fakeBrowser.runtime.onMessage.addListener(((message: unknown) => handleMessage(message, own)) as never);
    await handleMessage({ type: 'sim-exit/page', found, covered: [] }, carrierTab);
  });

  it('injects the debug view into a carrier tab when it opens, with "Show why SIM Exit picked these" on', async () => {
    await fakeBrowser.storage.local.set({ settings: { debug: true } });
    const injected = injections();
    const context = await popupContext('?tabId=7', loadSettings());
    expect(context.tabState?.carrierId).toBe('tim');
    await vi.waitFor(() => expect(injected()).toEqual(['7 /debug-view.js']));
  });

  it('injects nothing with the option off, nor into a tab that is not on a carrier page', async () => {
    const injected = injections();
    await popupContext('?tabId=7', loadSettings());
    await fakeBrowser.storage.local.set({ settings: { debug: true } });
    await popupContext('?tabId=8', loadSettings());
    await settle();
    expect(injected()).toEqual([]);
  });

  it('injects the debug view after the on-demand finder, with the option on', async () => {
    await fakeBrowser.storage.local.set({ settings: { debug: true } });
    const injected = injections();
    const context = await popupContext('?tabId=8', loadSettings());
    expect(await context.find()).toEqual(found);
    await vi.waitFor(() => expect(injected()).toEqual(['8 /finder.js', '8 /debug-view.js']));
  });

  it('opens all the same when the page cannot be injected (the popup in a tab has no activeTab)', async () => {
    await fakeBrowser.storage.local.set({ settings: { debug: true } });
    const spy = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const context = await popupContext('?tabId=7', loadSettings());
    expect(context.tabState?.carrierId).toBe('tim');
    await vi.waitFor(() => expect(spy).toHaveBeenCalledOnce());
  });
});

describe("the popup follows the tab's page", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(((message: unknown) => handleMessage(message, own)) as never);
    await handleMessage({ type: 'sim-exit/page', found: { ...found, end: false }, covered: [] }, carrierTab);
  });

  it("hears the page's later reports for its own tab, and stops hearing them when told", async () => {
    const context = await popupContext('?tabId=7', loadSettings());
    expect(context.tabState?.found.end).toBe(false);
    const heard: boolean[] = [];
    const stop = context.watchTabState!((state) => heard.push(state.found.end));
    // The page finds the end action after the popup opened; another tab's report is not this tab's.
    await handleMessage({ type: 'sim-exit/page', found, covered: [] }, carrierTab);
    await handleMessage({ type: 'sim-exit/page', found: { ...found, end: false }, covered: [] }, { ...carrierTab, tab: { ...carrierTab.tab, id: 8 } });
    await vi.waitFor(() => expect(heard).toEqual([true]));
    stop();
    await handleMessage({ type: 'sim-exit/page', found: { ...found, end: false }, covered: [] }, carrierTab);
    await settle();
    expect(heard).toEqual([true]);
  });
});
