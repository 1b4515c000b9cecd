/**
 * The Chromium driver: the Chrome build (.output/chrome-mv3) in Debian's Chromium, through
 * playwright-core. The extension's context is its MV3 service worker.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Request, type Worker } from 'playwright-core';
import type { Driver, DriverPage, LaunchOptions, RecordedRequest, TabState } from '../harness';
import { runQuery } from '../query';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** The extension APIs as seen inside the service worker (evaluated there, typed loosely here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, TabState | undefined>> } };
};

type StorageLocal = { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };

/** Chromium's id for an unpacked extension: the first 32 hex digits of SHA-256(path), written a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `frame ${request.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

/** The Playwright page behind each wrapped page. */
const pwPages = new WeakMap<DriverPage, PwPage>();

function wrap(page: PwPage): DriverPage {
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
        screenshot: (path) => el!.screenshot({ path }),
        dispose: () => handle.dispose(),
      };
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text, delay) => page.keyboard.type(text, { delay }),
    press: (key) => page.keyboard.press(key),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    waitForLoad: () => page.waitForLoadState('load'),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    waitForClose: async (timeout) => {
      if (!page.isClosed()) await page.waitForEvent('close', { timeout });
    },
    setViewportSize: (size) => page.setViewportSize(size),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    emulateMediaType: (media) => page.emulateMedia({ media }),
    screenshot: async (options) => void (await page.screenshot(options)),
    frameCount: async () => page.frames().length,
    async download(action) {
      const [file] = await Promise.all([page.waitForEvent('download'), action()]);
      return { suggestedFilename: file.suggestedFilename(), content: readFileSync((await file.path())!, 'utf8') };
    },
  };
  pwPages.set(driverPage, page);
  return driverPage;
}

export async function launchChromium(options: LaunchOptions): Promise<Driver & { context: BrowserContext; worker: Worker }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sim-exit-e2e-'));
  if (options.display) {
    // The toolbar button pinned next to the address bar, where the badge shows. An unpacked
    // extension's id is derived from its path, so it is known before launch.
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(EXTENSION_DIR)] } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !options.display,
    env: options.display ? { ...process.env, DISPLAY: options.display } : undefined,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const pages = new Map<string, { body: string; headers?: Record<string, string> }>();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = new URL(route.request().url());
      const page = pages.get(url.origin + url.pathname);
      if (page !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body, headers: page.headers });
      return route.fulfill({ status: 204, body: '' });
    },
  );

  const seen: RecordedRequest[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    seen.push({ url, from: origin(request) });
  });
  // Uncaught exceptions and console errors from any page, including what a content script logs there.
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });

  let viewsPage: PwPage | undefined;
  return {
    browser: 'chromium',
    context,
    worker,
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    async visit(url, html, headers) {
      const u = new URL(url);
      pages.set(u.origin + u.pathname, { body: html, headers });
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      return wrap(page);
    },
    async extensionPage(path, pageOptions = {}) {
      const page = await context.newPage();
      if (pageOptions.colorScheme) await page.emulateMedia({ colorScheme: pageOptions.colorScheme });
      if (pageOptions.viewport) await page.setViewportSize(pageOptions.viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async waitForPage(action) {
      const [page] = await Promise.all([context.waitForEvent('page'), action()]);
      return wrap(page);
    },
    activeTabId: () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab.id!;
      }),
    badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    storageSet: (items) => worker.evaluate((i) => (chrome.storage as unknown as StorageLocal).local.set(i), items),
    storageRemove: (key) => worker.evaluate((k) => (chrome.storage as unknown as StorageLocal).local.remove(k), key),
    tabState: (tabId) => worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId),
    backgroundFetch: (url) =>
      worker.evaluate(
        (u) =>
          fetch(u).then(
            () => undefined,
            () => undefined,
          ),
        url,
      ),
    requests: async () => [...seen],
    errors: async () => [...errors],
    async openToolbarPopup(tabId) {
      // extension.getViews exists in extension pages, not in the service worker, and opening a tab
      // would close the popup: the page to ask from is opened first, then the carrier tab is shown again.
      viewsPage ??= await context.newPage().then(async (page) => {
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        return page;
      });
      await worker.evaluate(async (id) => {
        await (chrome.tabs as unknown as { update(id: number, p: object): Promise<unknown> }).update(id, { active: true });
        await (chrome.action as unknown as { openPopup(): Promise<void> }).openPopup();
      }, tabId);
    },
    async injectWithActiveTab(driverPage, file) {
      const page = pwPages.get(driverPage)!;
      const cdp = await context.newCDPSession(page);
      const worlds: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
      // Enabling the domain reports every existing context before it answers.
      await cdp.send('Runtime.enable');
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const world = worlds.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id);
      if (!world) throw new Error('no extension world in this page: the carrier content script did not run');
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: readFileSync(join(EXTENSION_DIR, file), 'utf8'),
        contextId: world.id,
        awaitPromise: true,
      });
      await cdp.detach();
      if (exceptionDetails) throw new Error(`${file}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    },
    async toolbarPopupText(selector) {
      if (!viewsPage) return null;
      return viewsPage.evaluate((sel) => {
        const api = (globalThis as unknown as { chrome: { extension: { getViews(f: object): Window[] } } }).chrome;
        const views = api.extension.getViews({ type: 'popup' });
        return views.length ? (views[0].document.querySelector(sel)?.textContent ?? '') : null;
      }, selector);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
