/**
 * The Firefox driver: the Firefox build (.output/firefox-mv2) installed as a temporary add-on in
 * Debian's firefox-esr, through puppeteer-core over WebDriver BiDi (no CDP). See
 * /work/shared/research/firefox-e2e-recipe.md for the moves and the traps.
 *
 * - The moz-extension:// UUID is fixed by a pref, so extension pages have a known address.
 *   `--remote-allow-system-access` lets the test open them, and gives BiDi the browser's own
 *   ("chrome") scope: the driver uses it to set prefs at run time (colour scheme) and to record every
 *   request and console error in the browser, background page included.
 * - puppeteer never sees a moz-extension:// navigation finish (nor such a tab close): the driver
 *   polls the page and the browsing-context tree instead.
 * - The extension's context for the harness (tab ids, badge, tab state) is an extension page in its
 *   own tab; the background page itself is reached through extension.getBackgroundPage().
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';
import type { Driver, DriverPage, LaunchOptions, PageOptions, RecordedRequest, TabState } from '../harness';
import { runQuery } from '../query';

export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
/** Any fixed UUID: Firefox then serves the add-on's pages at moz-extension://<this>/. */
export const EXTENSION_UUID = '6f0c4b4e-7f1d-4a59-9d1c-3b8e8c1f0a11';

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The id Firefox gives the toolbar button of a browser action (its makeWidgetId): `{`, `}`, `@`, `.` become `_`. */
export function browserActionWidgetId(id = geckoId()): string {
  return `${id.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The extension APIs as seen inside an extension page (evaluated there, typed loosely here). */
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string>; openPopup(): Promise<void> };
  storage: { session: { get(key: string): Promise<Record<string, TabState | undefined>> } };
  extension: { getBackgroundPage(): Window };
};

type StorageLocal = { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
type Scripting = { scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> } };

/** In the browser's own scope: records every HTTP(S) request and every page error or warning. */
const RECORDERS = `(() => {
  if (globalThis.__simExit) return 'already';
  const rec = (globalThis.__simExit = { requests: [], browserRequests: [], errors: [] });
  const name = (p) => !p ? 'unknown' : p.isSystemPrincipal ? 'browser' : p.addonId ? 'extension ' + p.spec : 'frame ' + p.spec;
  Services.obs.addObserver({ observe(subject) {
    const ch = subject.QueryInterface(Ci.nsIHttpChannel);
    const li = ch.loadInfo;
    const by = li && (li.loadingPrincipal || li.triggeringPrincipal);
    // Firefox's own traffic (remote settings and the like, made with the system principal and no
    // page or add-on behind it) is not what the tests are about: Playwright does not see Chromium's either.
    const own = (!li || !li.loadingPrincipal || li.loadingPrincipal.isSystemPrincipal) && (!li || !li.triggeringPrincipal || li.triggeringPrincipal.isSystemPrincipal);
    (own ? rec.browserRequests : rec.requests).push({ url: ch.URI.spec, from: name(by) });
  } }, 'http-on-modify-request');
  Services.console.registerListener({ observe(msg) {
    if (!(msg instanceof Ci.nsIScriptError) || !msg.innerWindowID) return;
    if (msg.flags & Ci.nsIScriptError.infoFlag) return;
    const kind = msg.flags & Ci.nsIScriptError.warningFlag ? 'warning' : 'error';
    rec.errors.push(kind + ' [' + msg.category + '] ' + msg.errorMessage + ' (' + msg.sourceName + ':' + msg.lineNumber + ')');
  } });
  return 'installed';
})()`;

/** Nothing of Firefox's own on the network, so that what is recorded (or timed, in the bench) is ours. */
export const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.normandy.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
};

export async function launchFirefox(options: LaunchOptions): Promise<Driver & { browserInstance: Browser; chromeEval(expression: string): Promise<unknown> }> {
  const id = geckoId();
  const downloads = mkdtempSync(join(tmpdir(), 'sim-exit-e2e-downloads-'));
  const locale = options.locale ?? 'en-US';
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    // window.close() in the popup when it is opened in a tab (the real popup closes either way).
    'dom.allow_scripts_to_close_windows': true,
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'intl.accept_languages': locale,
    'intl.locale.requested': locale,
    // 0 dark, 1 light: what prefers-color-scheme says in pages.
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    ...QUIET_FIREFOX_PREFS,
  };
  if (options.display) {
    // The toolbar button pinned next to the address bar, where the badge shows.
    prefs['browser.uiCustomization.state'] = JSON.stringify({
      placements: { 'nav-bar': ['back-button', 'forward-button', 'urlbar-container', browserActionWidgetId(id)] },
      currentVersion: 20,
    });
  }
  const instance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !options.display,
    args: ['--remote-allow-system-access'],
    env: options.display ? { ...process.env, DISPLAY: options.display } : process.env,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: prefs,
  });
  await instance.installExtension(EXTENSION_DIR);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const connection = (instance as unknown as { connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> } }).connection;

  /** A new tab. Creating it right after another tab closed itself can hit that tab as it goes: try again. */
  async function newTab(): Promise<PpPage> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await instance.newPage();
      } catch (e) {
        if (attempt === 3 || !/no such frame|does no longer exist/i.test((e as Error).message)) throw e;
        await pause(200);
      }
    }
  }

  let chromeContext: string | undefined;
  async function chromeEval(expression: string): Promise<unknown> {
    if (!chromeContext) {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      chromeContext = (tree.result.contexts as { context: string }[])[0].context;
    }
    const { result } = await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true, 'moz:scope': 'chrome' });
    if (result.type !== 'success') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails ?? result)}`);
    return (result.result as { value?: unknown }).value;
  }
  await chromeEval(RECORDERS);
  const setPref = (name: string, value: number) => chromeEval(`Services.prefs.setIntPref(${JSON.stringify(name)}, ${value}); true`);

  async function contextIds(): Promise<Set<string>> {
    const tree = await connection.send('browsingContext.getTree', { maxDepth: 0 });
    return new Set((tree.result.contexts as { context: string }[]).map((c) => c.context));
  }
  const contextOf = (page: PpPage) => (page.mainFrame() as unknown as { _id: string })._id;

  const served = new Map<string, { body: string; headers?: Record<string, string> }>();
  const pageErrors: string[] = [];
  const watched = new WeakSet<PpPage>();
  function watch(page: PpPage) {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (e) => pageErrors.push(`uncaught: ${(e as Error).message ?? e}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') pageErrors.push(`console.${m.type() === 'warn' ? 'warning' : 'error'}: ${m.text()}`);
    });
  }

  /** Waits until the tab shows a loaded document at an address that `ready` accepts. */
  async function loaded(page: PpPage, ready: (href: string) => boolean, marker?: string): Promise<void> {
    const end = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate((m) => [location.href, document.readyState, m ? (window as unknown as Record<string, unknown>)[m] === true : false] as const, marker ?? '')
        .catch(() => undefined);
      if (state && ready(state[0]) && state[1] === 'complete' && !state[2]) return;
      if (Date.now() > end) throw new Error(`page did not load (${state?.[0]} ${state?.[1]})`);
      await pause(50);
    }
  }

  let scheme: 'light' | 'dark' = options.colorScheme ?? 'light';
  async function applyScheme(wanted: 'light' | 'dark') {
    if (wanted === scheme) return;
    scheme = wanted;
    await setPref('layout.css.prefers-color-scheme.content-override', wanted === 'dark' ? 0 : 1);
    await pause(100);
  }

  function wrap(page: PpPage, initialScheme: 'light' | 'dark' = options.colorScheme ?? 'light'): DriverPage {
    watch(page);
    // prefers-color-scheme is one pref for the whole browser here: each page remembers what it asked
    // for, and it is applied again before that page's screenshots.
    let pageScheme = initialScheme;
    const driverPage: DriverPage = {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async element(input) {
        const handle = await page.evaluateHandle(runQuery as (arg: typeof input) => Element, input);
        // op 'all' answers with an array: a handle on it, not on an element.
        const el = input.op.op === 'all' ? null : handle.asElement();
        if (!el && input.op.op !== 'all') {
          await handle.dispose();
          return null;
        }
        return {
          evaluate: (fn, arg) => (el ?? handle).evaluate(fn as never, arg) as never,
          screenshot: async (path) => {
            await applyScheme(pageScheme);
            return Buffer.from(await el!.screenshot(path ? { path: path as `${string}.png` } : {}));
          },
          dispose: () => handle.dispose(),
        };
      },
      click: (x, y) => page.mouse.click(x, y),
      type: (text, delay) => page.keyboard.type(text, { delay }),
      async press(chord) {
        const keys = chord.split('+') as Parameters<PpPage['keyboard']['press']>[0][];
        const key = keys.pop()!;
        for (const k of keys) await page.keyboard.down(k);
        await page.keyboard.press(key);
        for (const k of keys.reverse()) await page.keyboard.up(k);
        // Firefox moves focus for Tab after the key event has been dispatched: let it settle.
        if (key === 'Tab') await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))).catch(() => undefined);
      },
      goto: async (url) => void (await page.goto(url)),
      async reload() {
        const href = await page.evaluate(() => {
          (window as unknown as { __simExitOld: boolean }).__simExitOld = true;
          setTimeout(() => location.reload(), 0);
          return location.href;
        });
        await loaded(page, (h) => h === href, '__simExitOld');
      },
      waitForLoad: () => loaded(page, (h) => h !== 'about:blank'),
      bringToFront: () => page.bringToFront(),
      close: () => page.close().catch(() => undefined),
      async waitForClose(timeout) {
        const context = contextOf(page);
        const end = Date.now() + timeout;
        while ((await contextIds()).has(context)) {
          if (Date.now() > end) throw new Error('the page did not close');
          await pause(50);
        }
      },
      setViewportSize: (size) => page.setViewport(size),
      // Print media is not in BiDi: the browser's own scope sets the tab's medium, as Firefox's
      // developer tools do ("simulate print media").
      async emulateMediaType(media) {
        const context = JSON.stringify(contextOf(page));
        await chromeEval(`(() => {
          const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
          const bc = NavigableManager.getBrowsingContextById(${context});
          if (!bc) throw new Error('no browsing context ' + ${context});
          bc.top.mediumOverride = ${JSON.stringify(media === 'print' ? 'print' : '')};
          return true;
        })()`);
        await pause(100);
      },
      async emulateColorScheme(wanted) {
        pageScheme = wanted;
        await applyScheme(wanted);
      },
      async screenshot(o) {
        await applyScheme(pageScheme);
        await page.screenshot({ path: o.path as `${string}.png`, fullPage: o.fullPage });
      },
      frameCount: async () => page.frames().length,
      async download(action) {
        const before = new Set(readdirSync(downloads));
        await action();
        const end = Date.now() + 10_000;
        for (;;) {
          const done = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
          // Firefox writes the file, then removes its .part companion.
          if (done.length && !readdirSync(downloads).some((f) => f.endsWith('.part'))) {
            await pause(100);
            return { suggestedFilename: done[0], content: readFileSync(join(downloads, done[0]), 'utf8') };
          }
          if (Date.now() > end) throw new Error('no download');
          await pause(50);
        }
      },
    };
    return driverPage;
  }

  async function openExtensionPage(path: string, pageOptions: PageOptions = {}): Promise<PpPage> {
    const page = await newTab();
    if (pageOptions.viewport) await page.setViewport(pageOptions.viewport);
    if (pageOptions.colorScheme) await applyScheme(pageOptions.colorScheme);
    const url = `${origin}/${path.replace(/^\//, '')}`;
    // Never resolves: puppeteer does not see moz-extension:// navigations finish (see the recipe).
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await loaded(page, (h) => h === url);
    await page.bringToFront();
    return page;
  }

  let extensionContext: Promise<PpPage> | undefined;
  const inExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    // letter.html, not options.html: runtime.openOptionsPage() would switch to an open options tab.
    extensionContext ??= openExtensionPage('letter.html?harness');
    return (await extensionContext).evaluate(fn as never, arg) as R;
  };
  await inExtension(() => true, undefined);

  return {
    browser: 'firefox',
    browserInstance: instance,
    chromeEval,
    extensionId: id,
    extensionOrigin: origin,
    async visit(url, html, headers) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, { body: html, headers });
      const page = await newTab();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const r = new URL(request.url());
        if (r.protocol !== 'http:' && r.protocol !== 'https:') return void request.continue();
        const answer = served.get(r.origin + r.pathname);
        if (answer) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: answer.body, headers: answer.headers });
        return void request.respond({ status: 204, body: '' });
      });
      await page.goto(url);
      await page.bringToFront();
      return wrap(page);
    },
    async extensionPage(path, pageOptions = {}) {
      return wrap(await openExtensionPage(path, pageOptions), pageOptions.colorScheme);
    },
    async waitForPage(action) {
      const created = new Promise<PpPage>((resolvePage) => {
        const onTarget = async (target: { type(): string; page(): Promise<PpPage | null> }) => {
          if (target.type() !== 'page') return;
          instance.off('targetcreated', onTarget as never);
          resolvePage((await target.page())!);
        };
        instance.on('targetcreated', onTarget as never);
      });
      // The new tab is what counts: an action in a tab that then closes itself (the popup) may never
      // hear back from Firefox, so it is not waited for once the tab is there.
      const done = action().then(
        () => undefined,
        (e: Error) => e,
      );
      const page = await Promise.race([created, done.then((e) => (e ? Promise.reject(e) : created))]);
      await loaded(page, (h) => h !== 'about:blank');
      return wrap(page);
    },
    activeTabId: () =>
      inExtension(async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return tab.id!;
      }, undefined),
    badge: (tabId) => inExtension((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId),
    storageSet: (items) => inExtension((i) => (browser.storage as unknown as StorageLocal).local.set(i), items),
    storageRemove: (key) => inExtension((k) => (browser.storage as unknown as StorageLocal).local.remove(k), key),
    tabState: (tabId) => inExtension(async (id) => (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId),
    backgroundFetch: (url) =>
      inExtension(
        (u) =>
          browser.extension
            .getBackgroundPage()
            .fetch(u)
            .then(
              () => undefined,
              () => undefined,
            ),
        url,
      ),
    openToolbarPopup: (tabId) =>
      inExtension(async (id) => {
        await (browser.tabs as unknown as { update(id: number, p: object): Promise<unknown> }).update(id, { active: true });
        await browser.browserAction.openPopup();
      }, tabId),
    async injectWithActiveTab(driverPage, file) {
      await driverPage.bringToFront();
      const tabId = await inExtension(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!, undefined);
      // What a click on the toolbar button does first (ext-browserAction.js).
      await chromeEval(
        `(() => { const tabs = WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension.tabManager; tabs.addActiveTabPermission(tabs.get(${tabId}).nativeTab); return true; })()`,
      );
      await inExtension(
        (a) => (browser as unknown as Scripting).scripting.executeScript({ target: { tabId: a.tabId }, files: [a.file] }).then(() => undefined),
        { tabId, file },
      );
    },
    toolbarPopupText: (selector) =>
      inExtension((sel) => {
        const views = (browser.extension as unknown as { getViews(f: object): Window[] }).getViews({ type: 'popup' });
        return views.length ? (views[0].document.querySelector(sel)?.textContent ?? '') : null;
      }, selector),
    async requests() {
      const all = JSON.parse((await chromeEval('JSON.stringify(globalThis.__simExit.requests)')) as string) as RecordedRequest[];
      return all.filter((r) => !r.url.startsWith('moz-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    },
    async errors() {
      const browserSide = JSON.parse((await chromeEval('JSON.stringify(globalThis.__simExit.errors)')) as string) as string[];
      return [...pageErrors, ...browserSide];
    },
    async close() {
      await instance.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

export const firefoxAvailable = () => existsSync(FIREFOX);
