import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPageSettings, handleMessage, handleTabLoading, watchSettings } from '@/utils/background/index';
import type { PageSetup } from '@/utils/engine/messages';
import { getTabState, readTabStates } from '@/utils/storage/tab-state';
import it_ from '@/locales/it.json';

const own = { id: fakeBrowser.runtime.id };
const pageReport = { type: 'sim-exit/page', found: { account: true, end: false, renewal: false, delete: false }, covered: [] };

function fromTab(url: string, tabId = 7, extra: object = {}) {
  return { ...own, url, frameId: 0, tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 }, ...extra };
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Each test starts from its own stored settings, not from what an earlier test's hello kept.
    forgetPageSettings();
  });

  it("badges a tab with the carrier's country when its content script reports in", async () => {
    await handleMessage(pageReport, fromTab('https://www.tim.it/area-clienti'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('IT');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('SIM Exit: TIM');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it("answers a carrier page's hello with its hints, the phrases and the settings, and badges the tab", async () => {
    const setup = await handleMessage({ type: 'sim-exit/hello' }, fromTab('https://www.proximus.be/nl/mijn-producten', 11));
    expect(setup).toMatchObject({
      carrierId: 'proximus',
      draw: true,
      actions: ['account', 'end', 'delete'],
    });
    // The carrier's hints, compiled (folded) for the page.
    expect((setup as PageSetup).compiled.intents.find((i) => i.action === 'account')?.hints.flat()).toContain('myproximus');
    // The page gets its answer first; the badge follows.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('BE'));
  });

  it("answers the debug view's quiet hello on a carrier page and leaves the tab's record to the content script", async () => {
    await fakeBrowser.storage.local.set({ settings: { debug: true } });
    await handleMessage(pageReport, fromTab('https://www.tim.it/area-clienti', 9));
    const setup = await handleMessage({ type: 'sim-exit/hello', quiet: true }, fromTab('https://www.tim.it/area-clienti', 9));
    expect(setup).toMatchObject({ carrierId: 'tim', debug: true, actions: expect.arrayContaining(['account', 'end']) });
    await handleMessage({ type: 'sim-exit/hello' }, fromTab('https://www.tim.it/area-clienti', 10));
    // The page's own hello resets its tab's record (tab 10); the quiet one left tab 9's as reported.
    await vi.waitFor(async () => expect(await getTabState(10)).toMatchObject({ carrierId: 'tim' }));
    expect(await getTabState(9)).toMatchObject({ found: pageReport.found });
  });

  it('answers the on-demand finder on other sites with phrases only and no badge', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false } });
    const setup = await handleMessage({ type: 'sim-exit/hello' }, fromTab('https://example.com/account', 12));
    expect(setup).toMatchObject({ carrierId: undefined, draw: false });
    const intents = (setup as PageSetup).compiled.intents;
    expect(intents.map((i) => i.action)).toEqual(['account', 'end', 'renewal', 'delete']);
    expect(intents.every((i) => i.hints.flat().length === 0)).toBe(true);
    expect(intents.find((i) => i.action === 'end')?.phrases.flat()).toContain('opzeggen');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('');
  });

  it('badges travel-eSIM sellers as eSIM', async () => {
    await handleMessage(pageReport, fromTab('https://www.airalo.com/', 3));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('eSIM');
  });

  it("records a tab's state from the sender URL and not the message, for the popup to read in one go", async () => {
    await handleMessage({ ...pageReport, carrierId: 'airalo' }, fromTab('https://www.proximus.be/nl', 5));
    await handleMessage(pageReport, fromTab('https://www.tim.it/', 7));
    const proximus = { carrierId: 'proximus', found: { account: true, end: false, renewal: false, delete: false }, covered: [] };
    expect(await getTabState(5)).toEqual(proximus);
    expect(await getTabState(6)).toBeUndefined();
    // The popup reads every tab's state beside its tab query (utils/ext-pages/popup-context.ts).
    const states = await readTabStates();
    expect(states(5)).toEqual(proximus);
    expect(states(7)).toMatchObject({ carrierId: 'tim' });
    expect(states(6)).toBeUndefined();
  });

  it('ignores messages from other extensions, from frames, of the wrong shape, or from non-carrier pages', async () => {
    await handleMessage(pageReport, fromTab('https://www.tim.it/', 1, { id: 'another-extension' }));
    await handleMessage(pageReport, fromTab('https://www.tim.it/', 2, { frameId: 3 }));
    await handleMessage({ type: 'sim-exit/page', found: 'yes' }, fromTab('https://www.tim.it/', 3));
    await handleMessage(pageReport, fromTab('https://timtim.it/', 4));
    for (const tabId of [1, 2, 3, 4]) expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    for (const tabId of [1, 2, 3, 4]) expect(await getTabState(tabId)).toBeUndefined();
  });

  it('forgets a tab and clears its badge when a new page starts loading in it', async () => {
    await handleMessage(pageReport, fromTab('https://www.vodafone.it/', 9));
    await handleTabLoading(9);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(await getTabState(9)).toBeUndefined();
  });

  it("applies a tab's events in the order they came: a report right after the navigation keeps its badge", async () => {
    // The new page's report arrives while the background is still clearing the tab for it (a slow store).
    const area = fakeBrowser.storage.session;
    const remove = area.remove.bind(area);
    vi.spyOn(area, 'remove').mockImplementation(async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return remove(keys);
    });
    const loading = handleTabLoading(4);
    const reported = handleMessage(pageReport, fromTab('https://www.vodafone.it/', 4));
    await Promise.all([loading, reported]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('IT');
    expect(await getTabState(4)).toMatchObject({ carrierId: 'vodafone-it' });
    // And the other way round: a navigation after the report clears it.
    const again = handleMessage(pageReport, fromTab('https://www.vodafone.it/', 4));
    await Promise.all([again, handleTabLoading(4)]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('reads the settings once for every page, and again once they change', async () => {
    watchSettings();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const hello = () => handleMessage({ type: 'sim-exit/hello' }, fromTab('https://www.tim.it/', 21)) as Promise<PageSetup>;
    expect((await hello()).draw).toBe(true);
    expect((await hello()).draw).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false, language: 'it' } });
    const after = await hello();
    expect(after.draw).toBe(false);
    expect(after.labels.account).toBe(it_.overlayAccount.message);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
