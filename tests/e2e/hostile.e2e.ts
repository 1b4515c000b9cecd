/**
 * Hostile carrier pages (tests/fixtures/hostile): pages that restyle everything, stack huge
 * z-indexes, forbid styles with a strict CSP, nest 20 iframes, grow without end, or pretend to be SIM
 * Exit. On each: the outline still renders on the right elements, the page keeps working, nothing
 * is thrown into the page's console, and forged messages change nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, fixture, launch, type Harness, type Page } from './harness';

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  let before = 0;
  /** Uncaught exceptions and console errors from any page since this test began, including what a content script logs there. */
  const errors = async () => (await h.errors()).slice(before);

  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());
  beforeEach(async () => {
    before = (await h.errors()).length;
  });

  const FIREFOX_MAX_FRAME_DEPTH = 10;

  const url = (name: string) => `https://www.tim.it/hostile/${name}`;

  async function open(name: string, headers?: Record<string, string>, query = ''): Promise<Page> {
    return h.visit(url(name) + query, fixture(`hostile/${name}.html`), headers);
  }

  async function marked(page: Page, target: 'account' | 'end' | 'renewal' | 'delete') {
    const el = page.locator(`[data-sim-exit="${target}"][data-expect="${target}"]`);
    await el.waitFor({ state: 'attached', timeout: 8000 });
    return el;
  }

  interface Drawn {
    target: string;
    box: { left: number; top: number; width: number; height: number };
    element: { left: number; top: number; width: number; height: number } | null;
    position: string;
    border: string;
    visible: boolean;
  }

  /**
   * Every box SIM Exit drew (in the shadow root of its own overlay host), how it is styled, and the
   * rect of the element with the matching data-expect, which the box must surround.
   */
  function drawn(page: Page): Promise<Drawn[]> {
    return page.evaluate(() => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      };
      const out: Drawn[] = [];
      for (const host of document.querySelectorAll('sim-exit-overlay')) {
        const root = host.shadowRoot;
        if (!root) continue;
        const hostStyle = getComputedStyle(host);
        for (const box of root.querySelectorAll<HTMLElement>('.box')) {
          const style = getComputedStyle(box);
          const target = box.dataset.target!;
          const element = document.querySelector(`[data-expect="${target}"]`);
          out.push({
            target,
            box: rect(box),
            element: element && rect(element),
            position: style.position,
            border: style.borderTopWidth,
            visible: hostStyle.display !== 'none' && hostStyle.visibility === 'visible' && hostStyle.opacity === '1' && style.opacity === '1',
          });
        }
      }
      return out;
    });
  }

  /** Both outlines are drawn, styled by SIM Exit's stylesheet, visible, and around the right elements. */
  async function expectOutlines(page: Page, targets: ('account' | 'end' | 'renewal' | 'delete')[] = ['account', 'end']) {
    await expect.poll(async () => (await drawn(page)).map((d) => d.target).sort(), { timeout: 8000 }).toEqual([...targets].sort());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const d of await drawn(page)) {
      expect(d.position, `${d.target}: the overlay stylesheet applies`).toBe('fixed');
      expect(d.border).toBe('3px');
      expect(d.visible, `${d.target}: visible`).toBe(true);
      expect(d.box.width).toBeGreaterThan(0);
      expect(d.box.height).toBeGreaterThan(0);
      expect(d.element).not.toBeNull();
      // The box surrounds the element by 4 px on every side.
      expect(Math.abs(d.box.left - (d.element!.left - 4))).toBeLessThan(2);
      expect(Math.abs(d.box.top - (d.element!.top - 4))).toBeLessThan(2);
      expect(Math.abs(d.box.width - (d.element!.width + 8))).toBeLessThan(2);
    }
  }

  /** The page's own script still runs: its counter button counts clicks. */
  async function expectPageWorks(page: Page) {
    for (let i = 0; i < 3; i++) await page.locator('#counter').click();
    expect(await page.locator('#count').textContent()).toBe('3');
  }

  const tabFound = async (page: Page) => {
    const tabId = await h.tabIdOf(page);
    return (await h.tabState(tabId))?.found;
  };

  describe('hostile carrier pages', () => {
    it('restyles everything (`* { all: unset !important }`) and hides sim-exit-overlay by name', async () => {
      const page = await open('restyle');
      await marked(page, 'account');
      await marked(page, 'end');
      await expectOutlines(page);
      await expectPageWorks(page);
      await page.screenshot({ path: h.artifact('hostile-restyle.png') });
      expect(await errors()).toEqual([]);
      await page.close();
    });

    it('stacks huge z-indexes and keeps moving its layers last', async () => {
      const page = await open('zindex');
      await marked(page, 'account');
      await marked(page, 'end');
      await expectOutlines(page);
      expect(await page.locator('sim-exit-overlay').evaluate((el) => getComputedStyle(el).zIndex)).toBe('2147483647');
      await expectPageWorks(page);
      expect(await errors()).toEqual([]);
      await page.close();
    });

    it("forbids every style and script with a strict Content-Security-Policy (except the page's own nonce)", async () => {
      const csp = "default-src 'none'; style-src 'none'; script-src 'nonce-simexit'";
      const page = await open('csp', { 'Content-Security-Policy': csp });
      await marked(page, 'account');
      await marked(page, 'end');
      await expectOutlines(page);
      await expectPageWorks(page);
      await page.screenshot({ path: h.artifact('hostile-csp.png') });
      // No CSP violation either: the overlay's styles are not inline <style> the page has to allow.
      // (Firefox itself asks for /favicon.ico, which this page's policy also blocks: not ours.)
      expect((await errors()).filter((e) => !e.includes('/favicon.ico'))).toEqual([]);
      await page.close();
    });

    it('nests 20 levels of same-origin iframes: nothing crashes, the targets in the top page are found', async () => {
      const page = await open('iframes');
      if (browser === 'chromium') {
        await page.waitForFunction(() => (window as unknown as { framesReady?: boolean }).framesReady === true);
        expect(await page.frameCount()).toBe(21);
      } else {
        // Firefox loads content frames at most 10 deep (MAX_DEPTH_CONTENT_FRAMES): the page's 11th
        // level never loads, so it never reports ready. The page, as deep as Firefox lets it be.
        await expect.poll(() => page.frameCount(), { timeout: 8000 }).toBe(FIREFOX_MAX_FRAME_DEPTH + 1);
        await page.waitForTimeout(500);
        expect(await page.frameCount()).toBe(FIREFOX_MAX_FRAME_DEPTH + 1);
      }
      await marked(page, 'account');
      await marked(page, 'end');
      await expectOutlines(page);
      await expectPageWorks(page);
      expect(
        await eventually(
          () => tabFound(page),
          (f) => !!f?.account && !!f?.end,
        ),
      ).toMatchObject({ account: true, end: true });
      expect(await errors()).toEqual([]);
      await page.close();
    });

    it('grows its DOM forever: the page keeps its pace while SIM Exit keeps looking for the missing cancel action', async () => {
      const page = await open('grow');
      await marked(page, 'account');
      await expectOutlines(page, ['account']);
      // Let the DOM grow under the watching locator, then compare the page's 50 ms ticks with the
      // time that passed: a main thread kept busy by the extension would fall far behind.
      await page.waitForTimeout(2500);
      const { ticks, elapsed, rows } = await page.evaluate(() => {
        const w = window as unknown as { ticks: number; startedAt: number };
        return { ticks: w.ticks, elapsed: performance.now() - w.startedAt, rows: document.querySelectorAll('.row').length };
      });
      expect(rows).toBeGreaterThan(5000);
      expect(ticks).toBeGreaterThan(elapsed / 50 / 2);
      await expectPageWorks(page);
      expect(await page.locator('[data-sim-exit="end"]').count()).toBe(0);
      expect(await errors()).toEqual([]);
      await page.close();
    });

    it('pretends to be SIM Exit: forged messages, events, marks, overlay element and element name change nothing', async () => {
      const page = await open('forged', undefined, `?ext=${h.extensionId}`);
      // The page marked its decoys before SIM Exit ran; SIM Exit marks the real targets anyway.
      await marked(page, 'account');
      await marked(page, 'end');
      await expectOutlines(page);
      expect(
        await eventually(
          () => tabFound(page),
          (f) => !!f?.account && !!f?.end,
        ),
      ).toMatchObject({ account: true, end: true });

      // Now forge again while SIM Exit runs: stop-script events with the real extension id, fake
      // location changes, messages in SIM Exit's shapes, and marks moved onto the decoys.
      await page.evaluate((id) => (window as unknown as { forge(id: string): void }).forge(id), h.extensionId);
      await page.waitForTimeout(600);
      await expectOutlines(page);
      expect(await tabFound(page)).toMatchObject({ account: true, end: true });
      expect(await h.badge(page)).toBe('IT');
      await expectPageWorks(page);

      // "Show me" from the popup still reaches SIM Exit in the page and scrolls to the real target.
      const tabId = await h.tabIdOf(page);
      const popup = await h.popup(tabId);
      await popup.getByText('Show me where to end the contract').click();
      await popup.waitForClose();
      await page.bringToFront();
      await expect
        .poll(async () => {
          const box = await page.locator('[data-expect="end"]').boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 800;
        })
        .toBe(true);
      expect(
        await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('sim-exit-overlay')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('.box.pulse') ?? [])]);
          return boxes.map((b) => (b as HTMLElement).dataset.target);
        }),
      ).toEqual(['end']);
      expect(await errors()).toEqual([]);
      await page.close();
    });
  });
});
