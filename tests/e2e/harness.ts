/**
 * Loads the built extension (.output/chrome-mv3) into Debian's Chromium and serves fixture pages at
 * real carrier URLs through request routing, so the real content script runs on them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const ARTIFACTS = resolve('test-results');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens `url`, answering it (and only it) with `html`; other requests to that host get a tiny 200. */
  visit(url: string, html: string, headers?: Record<string, string>): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badge(page: Page): Promise<string>;
  popup(tabId?: number, query?: string): Promise<Page>;
  close(): Promise<void>;
}

export function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8');
}

export async function launch(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sim-exit-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
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
      const key = url.origin + url.pathname;
      const page = pages.get(key);
      if (page !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body, headers: page.headers });
      return route.fulfill({ status: 204, body: '' });
    },
  );

  const harness: Harness = {
    context,
    worker,
    extensionId,
    async visit(url, html, headers) {
      const u = new URL(url);
      pages.set(u.origin + u.pathname, { body: html, headers });
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab.id!;
      });
    },
    async badge(page) {
      const tabId = await harness.tabIdOf(page);
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async popup(tabId, query = '') {
      const page = await context.newPage();
      const params = new URLSearchParams(query);
      if (tabId !== undefined) params.set('tabId', String(tabId));
      await page.goto(`chrome-extension://${extensionId}/popup.html?${params}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Polls until `read` returns something other than `unwanted` (badge updates arrive asynchronously). */
export async function eventually<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
