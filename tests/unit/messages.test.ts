import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPageSettings, handleMessage } from '@/utils/background/index';
import { fromThisExtension, parseMessage, type PageSetup } from '@/utils/engine/messages';
import { compile } from '@/utils/engine/locate';
import { runPageHelper } from '@/utils/in-page/page-helper';
import { getTabState } from '@/utils/storage/tab-state';

const own = { id: fakeBrowser.runtime.id };
const tab = (id: number) => ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 });
const fromPage = (url: string, tabId: number, extra: object = {}) => ({ ...own, url, frameId: 0, tab: tab(tabId), ...extra });

describe('parseMessage', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'sim-exit/hello'],
    ['a number', 7],
    ['an array', [{ type: 'sim-exit/hello' }]],
    ['no type', { found: { account: true, cancel: true } }],
    ['an unknown type', { type: 'sim-exit/delete-everything' }],
    ['a type in other case', { type: 'SIM-EXIT/HELLO' }],
    ['a type that is not a string', { type: ['sim-exit/hello'] }],
    ['a report without found', { type: 'sim-exit/page' }],
    ['a report with found as a string', { type: 'sim-exit/page', found: 'yes' }],
    ['a report with found null', { type: 'sim-exit/page', found: null }],
    ['a report with a string flag', { type: 'sim-exit/page', found: { account: 'true', end: false, renewal: false, delete: false }, covered: [] }],
    ['a report with a missing flag', { type: 'sim-exit/page', found: { account: true } }],
    // The popup reads a tab's state from storage; the background answers no query for it.
    ['a tab-state query', { type: 'sim-exit/tab-state', tabId: 5 }],
    ['show with an unknown target', { type: 'sim-exit/show', target: 'logout' }],
    ['show with a target in other case', { type: 'sim-exit/show', target: 'Cancel' }],
    ['show without target', { type: 'sim-exit/show' }],
  ])('rejects %s', (_, value) => {
    expect(parseMessage(value)).toBeUndefined();
  });

  it('keeps only the known fields of a valid message', () => {
    expect(parseMessage({ type: 'sim-exit/hello', carrierId: 'tim', draw: false })).toEqual({ type: 'sim-exit/hello' });
    expect(parseMessage({ type: 'sim-exit/hello', quiet: true })).toEqual({ type: 'sim-exit/hello', quiet: true });
    expect(parseMessage({ type: 'sim-exit/hello', quiet: 'yes' })).toEqual({ type: 'sim-exit/hello' });
    expect(
      parseMessage({ type: 'sim-exit/page', found: { account: true, end: false, extra: 1, renewal: false, delete: false }, covered: [], carrierId: 'airalo' }),
    ).toEqual({
      type: 'sim-exit/page',
      found: { account: true, end: false, renewal: false, delete: false },
      covered: [],
    });
    expect(parseMessage({ type: 'sim-exit/show', target: 'end', selector: 'body' })).toEqual({ type: 'sim-exit/show', target: 'end' });
  });

  it('accepts only senders with exactly this extension id', () => {
    expect(fromThisExtension({ id: 'abc' }, 'abc')).toBe(true);
    for (const sender of [{}, { id: undefined }, { id: '' }, { id: 'ABC' }, { id: 'abc ' }, { id: 'other' }])
      expect(fromThisExtension(sender, 'abc')).toBe(false);
  });
});

describe('the background ignores what is not ours or not well-formed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetPageSettings();
  });

  it('answers no hello from another extension, or from a sender without an id', async () => {
    expect(await handleMessage({ type: 'sim-exit/hello' }, fromPage('https://www.tim.it/', 1, { id: 'another-extension' }))).toBeUndefined();
    expect(await handleMessage({ type: 'sim-exit/hello' }, fromPage('https://www.tim.it/', 1, { id: undefined }))).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('lets no other extension write tab state', async () => {
    await handleMessage(
      { type: 'sim-exit/page', found: { account: true, end: true, renewal: false, delete: false }, covered: [] },
      fromPage('https://www.tim.it/', 2),
    );
    await handleMessage(
      { type: 'sim-exit/page', found: { account: false, end: false, renewal: false, delete: false }, covered: [] },
      fromPage('https://www.tim.it/', 2, { id: 'another-extension' }),
    );
    expect(await getTabState(2)).toEqual({
      carrierId: 'tim',
      found: { account: true, end: true, renewal: false, delete: false },
      covered: [],
    });
  });

  it('does not let a frame overwrite the state of its tab, though a frame may ask for the phrases', async () => {
    await handleMessage(
      { type: 'sim-exit/page', found: { account: true, end: true, renewal: false, delete: false }, covered: [] },
      fromPage('https://www.tim.it/', 3),
    );
    await handleMessage(
      { type: 'sim-exit/page', found: { account: false, end: false, renewal: false, delete: false }, covered: [] },
      fromPage('https://www.tim.it/frame', 3, { frameId: 5 }),
    );
    const setup = (await handleMessage({ type: 'sim-exit/hello' }, fromPage('https://www.vodafone.it/frame', 3, { frameId: 5 }))) as PageSetup;
    expect(setup.compiled.intents.find((i) => i.action === 'end')?.phrases.flat().length).toBeGreaterThan(0);
    expect(await getTabState(3)).toEqual({
      carrierId: 'tim',
      found: { account: true, end: true, renewal: false, delete: false },
      covered: [],
    });
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('SIM Exit: TIM');
  });

  it.each([
    ['garbage', 'garbage'],
    ['a report of the wrong shape', { type: 'sim-exit/page', found: { account: 1, end: 1, renewal: false, delete: false }, covered: [] }],
    ['a tab-state query, which the background no longer answers', { type: 'sim-exit/tab-state', tabId: 4 }],
    ['a message meant for the page', { type: 'sim-exit/show', target: 'end' }],
  ])('answers %s from our own pages with nothing and changes nothing', async (_, message) => {
    await handleMessage(
      { type: 'sim-exit/page', found: { account: true, end: false, renewal: false, delete: false }, covered: [] },
      fromPage('https://www.proximus.be/', 4),
    );
    expect(await handleMessage(message, fromPage('https://www.proximus.be/', 4))).toBeUndefined();
    expect(await getTabState(4)).toEqual({
      carrierId: 'proximus',
      found: { account: true, end: false, renewal: false, delete: false },
      covered: [],
    });
  });

  it('takes the carrier from the sender URL: a report from a non-carrier page sets nothing', async () => {
    expect(
      await handleMessage(
        { type: 'sim-exit/page', found: { account: true, end: true, renewal: false, delete: false }, covered: [], carrierId: 'tim' },
        fromPage('https://tim.it.evil.example/', 6),
      ),
    ).toBeUndefined();
    expect(
      await handleMessage(
        { type: 'sim-exit/page', found: { account: true, end: true, renewal: false, delete: false }, covered: [] },
        { ...own, frameId: 0, tab: tab(6) },
      ),
    ).toBeUndefined();
    expect(await getTabState(6)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});

describe('the page helper answers only our own, well-formed "show" messages', () => {
  const setup: PageSetup = {
    carrierId: 'tim',
    compiled: compile(
      {
        phrases: {
          actions: { account: [['area clienti']], end: [['disdetta']], renewal: [[]], delete: [[]] },
          negative: { generic: [], logout: [], signup: [], password: [], newsletter: [], help: [], appAdvert: [], policy: [] },
          consentContainers: [],
        },
      },
      ['account', 'end'],
    ),
    actions: ['account', 'end'],
    debug: false,
    labels: { account: 'Account', end: 'End', renewal: 'Renewal', delete: 'Delete' },
    draw: false,
  };

  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<a href="/area-clienti">Area clienti</a> <a href="/disdetta">Disdetta</a>';
  });

  async function send(message: unknown, sender: object) {
    const sendResponse = vi.fn();
    // Chrome passes sendResponse as a third argument; the fake's types know only two.
    await (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)(message, sender, sendResponse);
    return sendResponse;
  }

  it('answers "show" from this extension', async () => {
    const controller = new AbortController();
    runPageHelper(setup, controller.signal, { draw: false, timeoutMs: 0 });
    const reply = await send({ type: 'sim-exit/show', target: 'end' }, own);
    expect(reply).toHaveBeenCalledOnce();
    expect(reply.mock.calls[0][0]).toHaveProperty('found');
    controller.abort();
  });

  it.each([
    ['another extension', { type: 'sim-exit/show', target: 'end' }, { id: 'another-extension' }],
    ['a sender without id', { type: 'sim-exit/show', target: 'end' }, {}],
    ['an unknown target', { type: 'sim-exit/show', target: 'body' }, own],
    ['a message of another type', { type: 'sim-exit/page', found: { account: true, end: true, renewal: false, delete: false }, covered: [] }, own],
    ['garbage', 42, own],
  ])('ignores %s', async (_, message, sender) => {
    const controller = new AbortController();
    runPageHelper(setup, controller.signal, { draw: false, timeoutMs: 0 });
    expect(await send(message, sender)).not.toHaveBeenCalled();
    controller.abort();
  });

  const listening = () => (fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners();

  it('stops listening once its page is left (signal aborted)', async () => {
    const controller = new AbortController();
    runPageHelper(setup, controller.signal, { draw: false, timeoutMs: 0 });
    expect(listening()).toBe(true);
    controller.abort();
    expect(listening()).toBe(false);
  });
});
