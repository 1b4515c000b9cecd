/**
 * One harness for both browsers. A test calls `launch({ browser })` and gets the same interface
 * whether the extension runs in Chromium (.output/chrome-mv3, driven by playwright-core, see
 * drivers/chromium.ts) or in Firefox (.output/firefox-mv2, driven by puppeteer-core over WebDriver
 * BiDi, see drivers/firefox.ts). Fixture pages are served at real carrier URLs through request
 * interception, so the real content script runs on them.
 *
 * Pages are driven through a small neutral interface (Page, Locator). Locators resolve inside the
 * page with one query engine (query.ts) for both browsers; clicks and keys are real input events
 * from the driver.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runQuery, type Answer, type Op, type Pattern, type Step } from './query';

export const ARTIFACTS = resolve('test-results');
export type BrowserName = 'chromium' | 'firefox';

/** The browsers the e2e suites run in: both unless E2E_BROWSERS names some (comma-separated). */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

export interface LaunchOptions {
  browser: BrowserName;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Headful on this X display (for the real toolbar popup); headless when unset. */
  display?: string;
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export interface TabState {
  carrierId?: string;
  found?: { account?: boolean; end?: boolean; renewal?: boolean; delete?: boolean };
  covered?: string[];
}

export interface RecordedRequest {
  url: string;
  from: string;
}

/** A handle on one element in a page, for what the query engine cannot return by value. */
export interface DriverElement {
  evaluate<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** PNG bytes, also written to `path` when given. */
  screenshot(path?: string): Promise<Buffer>;
  dispose(): Promise<void>;
}

/** What each driver provides for one tab. */
export interface DriverPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  element(input: Parameters<typeof runQuery>[0]): Promise<DriverElement | null>;
  click(x: number, y: number): Promise<void>;
  type(text: string, delay: number): Promise<void>;
  /** A key or a chord such as "Shift+Tab". */
  press(key: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  waitForLoad(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  waitForClose(timeoutMs: number): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  emulateMediaType(media: 'screen' | 'print'): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<void>;
  frameCount(): Promise<number>;
  /** Runs `action`, returns the file it downloads. */
  download(action: () => Promise<unknown>): Promise<{ suggestedFilename: string; content: string }>;
}

/** What each driver provides for the browser. */
export interface Driver {
  browser: BrowserName;
  /** runtime.id: the Chrome extension id, or the Firefox add-on id. */
  extensionId: string;
  /** Where the extension's pages live: chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  visit(url: string, html: string, headers?: Record<string, string>): Promise<DriverPage>;
  extensionPage(path: string, options?: PageOptions): Promise<DriverPage>;
  /** Runs `action` and returns the tab it opens. */
  waitForPage(action: () => Promise<unknown>): Promise<DriverPage>;
  /** The tab id of the active tab (the harness brings the page to the front first). */
  activeTabId(): Promise<number>;
  badge(tabId: number): Promise<string>;
  tabState(tabId: number): Promise<TabState | undefined>;
  /** storage.local of the extension, as its own pages see it. */
  storageSet(items: Record<string, unknown>): Promise<void>;
  storageRemove(key: string): Promise<void>;
  /** A fetch made by the extension's background (service worker or background page), for probes. */
  backgroundFetch(url: string): Promise<void>;
  /** Opens the real toolbar popup over tab `tabId` (headful only), as a click on the toolbar button would. */
  openToolbarPopup(tabId: number): Promise<void>;
  /**
   * Runs one of the extension's built scripts (`/debug-view.js`) in the page as the popup does after a
   * click on the toolbar button: scripting.executeScript, which needs the activeTab grant that only
   * the click gives, and a test cannot click browser UI. Firefox grants activeTab the way the click
   * does, then an extension page injects the file; Chromium has no such hook, so the file runs over
   * CDP in the page's extension world, the one executeScript uses (it exists once the carrier
   * content script ran: carrier pages only).
   */
  injectWithActiveTab(page: DriverPage, file: string): Promise<void>;
  /** Reads the open toolbar popup's document (extension.getViews), or null when no popup is open. */
  toolbarPopupText(selector: string): Promise<string | null>;
  /** Every request the browser made since launch, from any tab, extension page or the background. */
  requests(): Promise<RecordedRequest[]>;
  /** Uncaught errors and console errors/warnings of web pages (content scripts included) since launch. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Harness {
  browser: BrowserName;
  extensionId: string;
  extensionOrigin: string;
  /** Opens `url`, answering it (and only it) with `html`; other requests to that host get a tiny 204. */
  visit(url: string, html: string, headers?: Record<string, string>): Promise<Page>;
  /** An extension page such as `options.html`, in a new tab (colour scheme and viewport set before it loads). */
  extensionPage(path: string, options?: PageOptions): Promise<Page>;
  /** popup.html in a tab, pointed at `tabId` (in a tab the active tab is the popup itself). */
  popup(tabId?: number, query?: string): Promise<Page>;
  waitForPage(action: () => Promise<unknown>): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badge(page: Page): Promise<string>;
  tabState(tabId: number): Promise<TabState | undefined>;
  storageLocal: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  backgroundFetch(url: string): Promise<void>;
  requests(): Promise<RecordedRequest[]>;
  errors(): Promise<string[]>;
  driver: Driver;
  /** Where a screenshot goes: test-results/<name> for Chromium (as before), test-results/firefox/<name> for Firefox. */
  artifact(name: string): string;
  close(): Promise<void>;
}

export function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8');
}

export async function launch(options: LaunchOptions): Promise<Harness> {
  const driver: Driver =
    options.browser === 'firefox'
      ? await (await import('./drivers/firefox')).launchFirefox(options)
      : await (await import('./drivers/chromium')).launchChromium(options);
  const harness: Harness = {
    browser: driver.browser,
    extensionId: driver.extensionId,
    extensionOrigin: driver.extensionOrigin,
    driver,
    async visit(url, html, headers) {
      return new Page(await driver.visit(url, html, headers));
    },
    async extensionPage(path, pageOptions) {
      return new Page(await driver.extensionPage(path, pageOptions));
    },
    async popup(tabId, query = '') {
      const params = new URLSearchParams(query);
      if (tabId !== undefined) params.set('tabId', String(tabId));
      return new Page(await driver.extensionPage(`popup.html?${params}`));
    },
    async waitForPage(action) {
      return new Page(await driver.waitForPage(action));
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return driver.activeTabId();
    },
    async badge(page) {
      return driver.badge(await harness.tabIdOf(page));
    },
    tabState: (tabId) => driver.tabState(tabId),
    storageLocal: { set: (items) => driver.storageSet(items), remove: (key) => driver.storageRemove(key) },
    backgroundFetch: (url) => driver.backgroundFetch(url),
    requests: () => driver.requests(),
    errors: () => driver.errors(),
    artifact(name) {
      const dir = driver.browser === 'chromium' ? ARTIFACTS : join(ARTIFACTS, driver.browser);
      mkdirSync(dir, { recursive: true });
      return join(dir, name);
    },
    close: () => driver.close(),
  };
  return harness;
}

const ACTION_TIMEOUT = 15_000;
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const pattern = (p: string | RegExp): Pattern => (typeof p === 'string' ? p : { re: p.source, flags: p.flags });

/** A tab, as the tests see it in either browser. */
export class Page {
  readonly keyboard: { press: (key: string) => Promise<void> };
  constructor(readonly driver: DriverPage) {
    this.keyboard = { press: (key) => driver.press(key) };
  }
  locator(css: string, options: { hasText?: string | RegExp } = {}): Locator {
    return new Locator(this, [{ css }, ...(options.hasText !== undefined ? [{ hasText: pattern(options.hasText) }] : [])]);
  }
  getByText(text: string | RegExp): Locator {
    return new Locator(this, [{ text: pattern(text) }]);
  }
  getByLabel(text: string | RegExp): Locator {
    return new Locator(this, [{ label: pattern(text) }]);
  }
  getByRole(role: string, options: { name?: string | RegExp } = {}): Locator {
    return new Locator(this, [{ role, ...(options.name !== undefined ? { name: pattern(options.name) } : {}) }]);
  }
  frameLocator(css: string): { locator(css: string): Locator } {
    return { locator: (inner) => new Locator(this, [{ frame: css }, { css: inner }]) };
  }
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.driver.evaluate(fn, arg as A);
  }
  /** Polls `fn` in the page until it returns something truthy. */
  async waitForFunction(fn: () => unknown, timeoutMs = ACTION_TIMEOUT): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await this.driver.evaluate(fn as () => unknown, undefined).catch(() => false))) {
      if (Date.now() > end) throw new Error(`waitForFunction timed out: ${fn}`);
      await pause(100);
    }
  }
  waitForTimeout(ms: number): Promise<void> {
    return pause(ms);
  }
  url(): Promise<string> {
    return this.driver.evaluate(() => location.href, undefined);
  }
  goto(url: string): Promise<void> {
    return this.driver.goto(url);
  }
  reload(): Promise<void> {
    return this.driver.reload();
  }
  waitForLoadState(_state: 'load' = 'load'): Promise<void> {
    return this.driver.waitForLoad();
  }
  bringToFront(): Promise<void> {
    return this.driver.bringToFront();
  }
  close(): Promise<void> {
    return this.driver.close();
  }
  /** Resolves when the page closes itself (window.close()). */
  waitForClose(timeoutMs = ACTION_TIMEOUT): Promise<void> {
    return this.driver.waitForClose(timeoutMs);
  }
  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.driver.setViewportSize(size);
  }
  async emulateMedia(options: { colorScheme?: 'light' | 'dark'; media?: 'screen' | 'print' }): Promise<void> {
    if (options.colorScheme) await this.driver.emulateColorScheme(options.colorScheme);
    if (options.media) await this.driver.emulateMediaType(options.media);
  }
  screenshot(options: { path: string; fullPage?: boolean }): Promise<void> {
    return this.driver.screenshot(options);
  }
  frameCount(): Promise<number> {
    return this.driver.frameCount();
  }
  download(action: () => Promise<unknown>) {
    return this.driver.download(action);
  }
}

/** A lazy description of elements in a page, resolved each time it is used (like Playwright's). */
export class Locator {
  constructor(
    readonly page: Page,
    readonly steps: Step[],
    readonly strict = true,
  ) {}

  locator(css: string, options: { hasText?: string | RegExp } = {}): Locator {
    return new Locator(this.page, [...this.steps, { css }, ...(options.hasText !== undefined ? [{ hasText: pattern(options.hasText) }] : [])], this.strict);
  }
  getByText(text: string | RegExp): Locator {
    return new Locator(this.page, [...this.steps, { text: pattern(text) }], this.strict);
  }
  getByLabel(text: string | RegExp): Locator {
    return new Locator(this.page, [...this.steps, { label: pattern(text) }], this.strict);
  }
  getByRole(role: string, options: { name?: string | RegExp } = {}): Locator {
    return new Locator(this.page, [...this.steps, { role, ...(options.name !== undefined ? { name: pattern(options.name) } : {}) }], this.strict);
  }
  filter(options: { hasText: string | RegExp }): Locator {
    return new Locator(this.page, [...this.steps, { hasText: pattern(options.hasText) }], this.strict);
  }
  first(): Locator {
    return new Locator(this.page, [...this.steps, { nth: 0 }], false);
  }

  private describe(): string {
    return JSON.stringify(this.steps);
  }

  /** Runs `op` until the engine answers it; strict-mode violations fail at once, as in Playwright. */
  private async until<T>(op: Op, timeoutMs = ACTION_TIMEOUT): Promise<T> {
    const end = Date.now() + timeoutMs;
    let last: Answer | undefined;
    for (;;) {
      last = (await this.page.driver
        .evaluate(runQuery, { steps: this.steps, strict: this.strict, op })
        .catch((e: Error) => ({ ok: false, reason: 'not-ready', detail: e.message }))) as Answer;
      if (last.ok) return last.value as T;
      if (last.reason === 'strict') throw new Error(`strict mode violation: ${this.describe()} resolved to ${last.detail}`);
      if (Date.now() > end)
        throw new Error(`timed out after ${timeoutMs} ms (${last.reason}${last.detail ? `: ${last.detail}` : ''}) on ${this.describe()} (${op.op})`);
      await pause(50);
    }
  }

  count(): Promise<number> {
    return this.until({ op: 'count' });
  }
  textContent(): Promise<string | null> {
    return this.until({ op: 'read', what: 'textContent' });
  }
  innerText(): Promise<string> {
    return this.until({ op: 'read', what: 'innerText' });
  }
  inputValue(): Promise<string> {
    return this.until({ op: 'read', what: 'value' });
  }
  isChecked(): Promise<boolean> {
    return this.until({ op: 'read', what: 'checked' });
  }
  /** Like Playwright's: no waiting, false when nothing matches. */
  async isVisible(): Promise<boolean> {
    const answer = (await this.page.driver.evaluate(runQuery, {
      steps: this.steps,
      strict: this.strict,
      op: { op: 'read', what: 'visible' },
    })) as Answer<boolean>;
    if (!answer.ok && answer.reason === 'strict') throw new Error(`strict mode violation: ${this.describe()} resolved to ${answer.detail}`);
    return answer.ok && answer.value;
  }
  isDisabled(): Promise<boolean> {
    return this.until({ op: 'read', what: 'disabled' });
  }
  getAttribute(name: string): Promise<string | null> {
    return this.until({ op: 'attr', name });
  }
  /** The element's box in the top page's viewport, or null when it has none. */
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.until({ op: 'read', what: 'box' });
  }
  async waitFor(options: { state?: 'attached' | 'visible'; timeout?: number } = {}): Promise<void> {
    const end = Date.now() + (options.timeout ?? ACTION_TIMEOUT);
    for (;;) {
      const ok = await this.page.driver
        .evaluate(runQuery, { steps: this.steps, strict: false, op: { op: 'read', what: options.state === 'attached' ? 'attached' : 'visible' } })
        .then(
          (a) => {
            const answer = a as Answer<boolean>;
            return answer.ok && answer.value === true;
          },
          () => false,
        );
      if (ok) return;
      if (Date.now() > end) throw new Error(`waitFor ${options.state ?? 'visible'} timed out on ${this.describe()}`);
      await pause(50);
    }
  }
  async click(): Promise<void> {
    const { x, y } = await this.until<{ x: number; y: number }>({ op: 'point' });
    await this.page.driver.click(x, y);
  }
  async focus(): Promise<void> {
    await this.until({ op: 'focus' });
  }
  async fill(value: string): Promise<void> {
    await this.until({ op: 'fill', value });
  }
  async selectOption(value: string): Promise<void> {
    await this.until({ op: 'select', value });
  }
  /** Types like a person: real key events, one character at a time. */
  async pressSequentially(text: string, options: { delay?: number } = {}): Promise<void> {
    await this.focus();
    await this.page.driver.type(text, options.delay ?? 0);
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.page.driver.press(key);
  }
  /** Like Playwright's: waits until the box is enabled, clicks, then waits for the state to follow. */
  async check(): Promise<void> {
    await this.setChecked(true);
  }
  async uncheck(): Promise<void> {
    await this.setChecked(false);
  }
  private async setChecked(on: boolean): Promise<void> {
    if ((await this.isChecked()) === on) return;
    await eventually(
      () => this.isDisabled(),
      (disabled) => !disabled,
    );
    await this.click();
    if (
      (await eventually(
        () => this.isChecked(),
        (checked) => checked === on,
        2000,
      )) !== on
    )
      throw new Error(`${on ? 'check' : 'uncheck'}() did not ${on ? 'check' : 'uncheck'} ${this.describe()}`);
  }
  private async handle(): Promise<DriverElement> {
    // Waits for exactly one match (strict) before taking a handle on it.
    await this.until({ op: 'read', what: 'textContent' });
    const handle = await this.page.driver.element({ steps: this.steps, strict: this.strict, op: { op: 'element' } });
    if (!handle) throw new Error(`no element for ${this.describe()}`);
    return handle;
  }
  /** Runs `fn` in the page over every element the locator matches (none is fine). */
  async evaluateAll<R>(fn: (els: Element[]) => R | Promise<R>): Promise<R> {
    const handle = await this.page.driver.element({ steps: this.steps, strict: false, op: { op: 'all' } });
    if (!handle) throw new Error(`no elements for ${this.describe()}`);
    try {
      return await handle.evaluate(fn as unknown as (el: Element, arg: undefined) => R, undefined);
    } finally {
      await handle.dispose();
    }
  }
  async evaluate<R, A = undefined>(fn: (el: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const handle = await this.handle();
    try {
      return await handle.evaluate(fn, arg as A);
    } finally {
      await handle.dispose();
    }
  }
  async screenshot(options: { path?: string } = {}): Promise<Buffer> {
    await this.waitFor();
    const handle = await this.handle();
    try {
      return await handle.screenshot(options.path);
    } finally {
      await handle.dispose();
    }
  }
}

/** Polls until `read` returns something `accept`s (badge updates arrive asynchronously). */
export async function eventually<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await pause(100);
    value = await read();
  }
  return value;
}
