/**
 * SIM Exit makes no network requests: not from its background (service worker or background page),
 * popup, options page or content scripts. Every request the browser makes is recorded; the only ones
 * allowed are the page loads the test itself asks for (the fixture pages load nothing else). A probe
 * at the end proves the recorder sees requests from the background and the popup, so the 0 is not a
 * blind spot. (Chromium: playwright's context-wide request events, service worker included. Firefox:
 * an observer of every HTTP channel in the browser, background page included.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, fixture, launch, type Harness } from './harness';

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  const visited = new Set<string>();

  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  async function visit(url: string, html: string) {
    visited.add(url);
    return h.visit(url, html);
  }

  /** Requests nobody asked for: anything but the test's own page loads (and the browser's favicon fetch). */
  const unexpected = async () => (await h.requests()).filter((r) => !visited.has(r.url) && new URL(r.url).pathname !== '/favicon.ico');

  describe('network requests made by SIM Exit', () => {
    it('is 0 while browsing carrier pages, using the popup and the options page', async () => {
      const pages = [
        ['https://www.tim.it/area-clienti/', 'carriers/tim.html'],
        ['https://www.vodafone.it/fai-da-te/', 'carriers/vodafone-it.html'],
        ['https://www.proximus.be/nl/mijn-producten', 'carriers/proximus.html'],
        ['https://www.airalo.com/my-esims', 'carriers/airalo.html'],
        ['https://www.orange.be/frame/', 'carriers/iframe.html'],
      ] as const;
      let last;
      for (const [url, file] of pages) {
        last = await visit(url, fixture(file));
        await last.locator('[data-sim-exit="account"]').first().waitFor({ state: 'attached', timeout: 8000 });
        expect(
          await eventually(
            () => h.badge(last!),
            (b) => b !== '',
          ),
        ).not.toBe('');
      }

      // The popup on a carrier tab: the guide, then "Show me".
      const tabId = await h.tabIdOf(last!);
      const popup = await h.popup(tabId);
      await expect.poll(() => popup.locator('main').innerText()).toContain('Ways to cancel');
      await popup
        .getByText('Show me the account link')
        .click()
        .catch(() => undefined);

      // The popup off carrier sites: the country lookup and the on-demand finder.
      const other = await visit('https://example.com/account', '<a href="/account">My account</a>');
      const lookup = await h.popup(await h.tabIdOf(other));
      await lookup.locator('input[type="search"]').fill('Italia');
      await expect.poll(() => lookup.locator('[role="option"]').count()).toBeGreaterThan(0);
      await lookup.getByText('Find the account / cancel link on this page').click();
      await expect.poll(() => lookup.getByRole('status').innerText()).not.toBe('');

      // The options page: change a setting and back.
      const options = await h.extensionPage('options.html');
      const box = options.getByLabel('Outline the account link and the cancel button on carrier pages');
      await box.uncheck();
      await expect.poll(() => options.getByRole('status').innerText()).toContain('Saved');
      await box.check();

      // A navigation inside a carrier tab (the badge is cleared and set again).
      await last!.goto('https://www.tim.it/area-clienti/');
      await eventually(
        () => h.badge(last!),
        (b) => b === 'IT',
      );
      await last!.waitForTimeout(1000);

      expect((await h.requests()).length).toBeGreaterThan(0);
      expect(await unexpected()).toEqual([]);
    });

    it('the recorder does see requests from the background and the popup (probe)', async () => {
      const before = (await h.requests()).length;
      await h.backgroundFetch('https://probe.invalid/from-worker');
      const popup = await h.popup();
      await popup.evaluate(() => fetch('https://probe.invalid/from-popup').catch(() => undefined));
      await expect
        .poll(async () => (await h.requests()).slice(before).map((r) => r.url))
        .toEqual(expect.arrayContaining(['https://probe.invalid/from-worker', 'https://probe.invalid/from-popup']));
    });
  });
});
