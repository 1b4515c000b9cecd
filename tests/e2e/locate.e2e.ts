import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateData } from '../../scripts/validate-data';
import { BROWSERS, eventually, fixture, launch, type Harness, type Page } from './harness';
import { alsoInReadme } from './readme';

// A carrier whose web domain no source confirms (hosts unverified) has no pages for SIM Exit to run on.
const carriers = validateData()
  .data.carriers.map((c) => c.record)
  .filter((c) => c.hosts.length > 0);
const hostOf = (id: string) => carriers.find((c) => c.id === id)!.hosts[0].host;

/** The data-expect value of whatever SIM Exit marked for `target` (piercing open shadow roots). */
async function markedExpectation(page: Page, target: 'account' | 'end' | 'renewal' | 'delete') {
  const marked = page.locator(`[data-sim-exit="${target}"]`);
  await marked.first().waitFor({ state: 'attached', timeout: 8000 });
  expect(await marked.count()).toBe(1);
  return marked.getAttribute('data-expect');
}

describe('fixtures', () => {
  it('has a fixture page for every carrier in data/ that has a host', () => {
    const pages = readdirSync('tests/fixtures/carriers').filter((f) => f.endsWith('.html'));
    for (const c of carriers) expect(pages, c.id).toContain(`${c.id}.html`);
  });
});

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  describe('highlighting on every carrier fixture page', () => {
    it.each(carriers.map((c) => c.id))('marks the account link and the action that ends the plan on %s', async (id) => {
      const html = fixture(`carriers/${id}.html`);
      const ending = (['end', 'renewal', 'delete'] as const).find((a) => html.includes(`data-expect="${a}"`));
      const page = await h.visit(`https://www.${hostOf(id)}/account/products`, html);
      expect(await markedExpectation(page, 'account')).toBe('account');
      // A carrier whose plans simply run out (GigSky) has nothing to end: no end or renewal mark.
      if (ending) expect(await markedExpectation(page, ending)).toBe(ending);
      else expect(await page.locator('[data-sim-exit="end"], [data-sim-exit="renewal"]').count()).toBe(0);
      await expect.poll(() => page.locator('sim-exit-overlay').count()).toBe(1);
      // Decoys stay untouched: nothing in the cookie banner or a dialog is marked.
      expect(await page.locator('#cookie-banner [data-sim-exit], [role="dialog"] [data-sim-exit]').count()).toBe(0);
      if (id === 'tim' || id === 'proximus') {
        // A window as tall as the page, so that both outlines show and the fixed cookie banner sits at
        // the bottom instead of over TIM's cancel button, which is far below the fold.
        await page.setViewportSize({ width: 1100, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await page.screenshot({ path: h.artifact(`highlight-${id}.png`) });
      }
      if (id === 'tim' && browser === 'chromium') alsoInReadme(h.artifact('highlight-tim.png'));
      await page.close();
    });

    it('keeps watching a single-page app until its links render', async () => {
      const page = await h.visit(`https://www.tim.it/spa/`, fixture('carriers/spa-late.html'));
      expect(await markedExpectation(page, 'account')).toBe('account');
      expect(await markedExpectation(page, 'end')).toBe('end');
      await page.close();
    });

    it('gives a link that takes up no room its mark only until the page is laid out, then marks the next best', async () => {
      // The first search reads no layout (it runs before the browser's first one): the better link,
      // squeezed to nothing, wins it; once the page is laid out the check settles on the one you can see.
      const page = await h.visit(
        `https://www.vodafone.it/zero/`,
        `<!doctype html><html lang="it"><body>
          <a href="/area-clienti/" style="display:block;width:0;height:0;overflow:hidden" data-expect="none">Area clienti</a>
          <nav><a href="/profilo/" data-expect="account">Area clienti</a></nav>
        </body></html>`,
      );
      const marked = page.locator('[data-sim-exit="account"]');
      await expect.poll(() => marked.getAttribute('data-expect'), { timeout: 8000 }).toBe('account');
      expect(await marked.count()).toBe(1);
      expect(await page.locator('[data-expect="none"]').getAttribute('data-sim-exit')).toBeNull();
      await page.close();
    });

    it('reports a mark it drops once the page is laid out, when there is no next best', async () => {
      const page = await h.visit(
        `https://www.vodafone.it/zero-only/`,
        `<!doctype html><html lang="it"><body>
          <a href="/area-clienti/" style="display:block;width:0;height:0;overflow:hidden">Area clienti</a>
          <main><button data-expect="end">Disdici la linea</button></main>
        </body></html>`,
      );
      expect(await markedExpectation(page, 'end')).toBe('end');
      const tabId = await h.tabIdOf(page);
      // The first report said the account was found; the one after the drop says it is not.
      const found = await eventually(
        async () => (await h.tabState(tabId))?.found,
        (found) => found?.end === true && found?.account === false,
      );
      expect(found).toMatchObject({ account: false, end: true });
      expect(await page.locator('[data-sim-exit="account"]').count()).toBe(0);
      await page.close();
    });

    it('drops a mark whose link the page hides before its first frame, for the next best', async () => {
      // The page hides the link the first search picked, the moment it is marked (as a menu script
      // that tucks items away on start would), before the browser has drawn a frame.
      const page = await h.visit(
        `https://www.vodafone.it/hidden-later/`,
        `<!doctype html><html lang="it"><head><script>
          new MutationObserver((_, seen) => {
            const first = document.getElementById('first');
            if (first?.hasAttribute('data-sim-exit')) { first.style.visibility = 'hidden'; seen.disconnect(); }
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sim-exit'] });
        </script></head><body>
          <a id="first" href="/area-clienti/" data-expect="none">Area clienti</a>
          <nav><a href="/profilo/" data-expect="account">Area clienti</a></nav>
        </body></html>`,
      );
      const marked = page.locator('[data-sim-exit="account"]');
      await expect.poll(() => marked.getAttribute('data-expect'), { timeout: 8000 }).toBe('account');
      expect(await page.locator('#first').getAttribute('data-sim-exit')).toBeNull();
      // Hidden but still taking up room: the settled check looks at more than the size.
      expect(await page.locator('#first').getAttribute('style')).toContain('visibility: hidden');
      await page.close();
    });

    it('finds targets inside an open shadow root', async () => {
      const page = await h.visit(`https://www.proximus.be/shadow/`, fixture('carriers/shadow.html'));
      expect(await markedExpectation(page, 'account')).toBe('account');
      expect(await markedExpectation(page, 'end')).toBe('end');
      await page.close();
    });

    it('finds the cancel link inside a same-origin iframe', async () => {
      const page = await h.visit(`https://www.orange.be/frame/`, fixture('carriers/iframe.html'));
      expect(await markedExpectation(page, 'account')).toBe('account');
      const inFrame = page.frameLocator('iframe').locator('[data-sim-exit="end"]');
      await inFrame.waitFor({ state: 'attached', timeout: 8000 });
      expect(await inFrame.getAttribute('data-expect')).toBe('end');
      await page.close();
    });
  });

  describe('from the popup', () => {
    it('"Show me" scrolls the page to the cancel action and pulses it', async () => {
      const page = await h.visit(`https://www.vodafone.it/fai-da-te/`, fixture('carriers/vodafone-it.html'));
      await page.setViewportSize({ width: 900, height: 300 });
      await markedExpectation(page, 'end');
      await page.evaluate(() => window.scrollTo(0, 0));
      const tabId = await h.tabIdOf(page);
      await eventually(
        async () => (await h.tabState(tabId))?.found?.end,
        (v) => v === true,
      );
      const popup = await h.popup(tabId);
      await popup.getByText('Show me where to end the contract').click();
      await popup.waitForClose();
      await page.bringToFront();
      const cancel = page.locator('[data-sim-exit="end"]');
      // Scrolling is smooth: wait until the target sits inside the 300 px viewport.
      await expect
        .poll(async () => {
          const box = await cancel.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 300;
        })
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await page.locator('sim-exit-overlay').evaluate((host) => !!host.shadowRoot!.querySelector('.box.pulse'))).toBe(true);
      await page.close();
    });

    it('off carrier sites, says when the page cannot be searched without the user clicking the toolbar icon', async () => {
      const page = await h.visit('https://example.com/account', '<a href="/account">My account</a>');
      const popup = await h.popup(await h.tabIdOf(page));
      await popup.getByText('Find the account / cancel link on this page').click();
      await expect.poll(() => popup.getByRole('status').innerText()).toContain('cannot look into this page');
      await popup.close();
      await page.close();
    });
  });

  describe('settings', () => {
    it('draws no outline when auto-highlight is switched off in the options', async () => {
      const options = await h.extensionPage('options.html');
      const box = options.getByLabel('Outline the account link and the cancel button on carrier pages');
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await expect.poll(() => options.getByRole('status').innerText()).toContain('Saved');
      const page = await h.visit(`https://www.iliad.it/account/`, fixture('carriers/iliad-it.html'));
      await markedExpectation(page, 'account');
      expect(await page.locator('sim-exit-overlay').count()).toBe(0);
      await box.check();
      await options.close();
      await page.close();
    });

    it('"Show why SIM Exit picked these": the popup\'s debug view paints the top candidates with their scores', async () => {
      const options = await h.extensionPage('options.html');
      const box = options.getByLabel(/^Show why SIM Exit picked these/);
      expect(await box.isChecked()).toBe(false);
      const page = await h.visit(`https://www.tim.it/assistenza/`, fixture('carriers/tim.html'));
      await markedExpectation(page, 'end');
      const tabId = await h.tabIdOf(page);
      const reported = await eventually(
        () => h.tabState(tabId),
        (s) => s?.found?.end === true,
      );
      const labels = () =>
        page
          .locator('sim-exit-debug')
          .evaluateAll((hosts) => hosts.flatMap((host) => [...host.shadowRoot!.querySelectorAll('span')].map((s) => s.textContent!)));

      // Off: the script finds the option off and paints nothing.
      await h.driver.injectWithActiveTab(page.driver, '/debug-view.js');
      expect(await labels()).toEqual([]);

      await box.check();
      await expect.poll(() => options.getByRole('status').innerText()).toContain('Saved');
      await h.driver.injectWithActiveTab(page.driver, '/debug-view.js');
      await expect.poll(labels).toContainEqual(expect.stringMatching(/^end #1 · \d+ · \+\d+ (hint|phrase) "[^"]+" in text/));
      const painted = await labels();
      expect(painted.filter((l) => l.startsWith('account #'))[0]).toMatch(/^account #1 · \d+ · /);
      for (const action of ['account', 'end']) expect(painted.filter((l) => l.startsWith(`${action} #`)).length).toBeLessThanOrEqual(3);
      // Each #1 is what the content script marked.
      const marked = await page.locator('sim-exit-debug').evaluate((host) => {
        const boxes = [...host.shadowRoot!.querySelectorAll('div')];
        const first = (action: string) => boxes.find((b) => b.textContent!.startsWith(`${action} #1 `))!.getBoundingClientRect();
        const mark = (action: string) => document.querySelector(`[data-sim-exit="${action}"]`)!.getBoundingClientRect();
        const around = (outer: DOMRect, inner: DOMRect) =>
          outer.left <= inner.left && outer.top <= inner.top && outer.right >= inner.right && outer.bottom >= inner.bottom;
        return ['account', 'end'].map((a) => around(first(a), mark(a)));
      });
      expect(marked).toEqual([true, true]);
      // Opened again, it replaces its boxes instead of adding to them.
      await h.driver.injectWithActiveTab(page.driver, '/debug-view.js');
      await expect.poll(() => page.locator('sim-exit-debug').count()).toBe(1);
      // The tab's record stays what the content script found.
      expect((await h.tabState(tabId))?.found).toEqual(reported?.found);
      await page.setViewportSize({ width: 1100, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      await page.screenshot({ path: h.artifact('debug-view-tim.png') });

      await box.uncheck();
      await options.close();
      await page.close();
    });
  });
});
