// Covered and crowded targets in the real built extension: a banner over the cancel button holds its
// outline back until the banner goes; labels of targets side by side never cover each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, launch, type Harness } from './harness';

const COVERED_PAGE = `<!doctype html><html lang="it"><body style="margin:0;font:16px sans-serif">
<header><a href="/area-clienti" data-expect="account">Area Clienti</a></header>
<main style="height:900px"><p>La tua offerta</p>
<button data-expect="end" style="position:absolute;top:690px;left:40px">Disdetta della linea</button></main>
<div id="chat-bubble" style="position:fixed;left:0;right:0;bottom:0;height:160px;background:#333;color:#fff">
<p>Possiamo aiutarti?</p><button id="close-banner" onclick="this.parentElement.remove()">Chiudi</button></div>
</body></html>`;

/** How the box of `target` is displayed ('none-drawn' when there is none). */
const boxState = (target: string) => {
  const box = document.querySelector('sim-exit-overlay')?.shadowRoot?.querySelector(`.box[data-target="${target}"]`);
  return box ? getComputedStyle(box).display : 'none-drawn';
};

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  describe('targets covered by another element', () => {
    it('marks the covered cancel button, holds its outline back, tells the background, and outlines it once uncovered', async () => {
      const page = await h.visit('https://www.tim.it/area-clienti/offerta', COVERED_PAGE);
      await page.locator('[data-sim-exit="end"]').waitFor({ state: 'attached' });
      const tabId = await h.tabIdOf(page);
      const covered = await eventually(
        async () => (await h.tabState(tabId))?.covered,
        (c) => Array.isArray(c) && c.includes('end'),
      );
      expect(covered).toEqual(['end']);
      expect(await page.evaluate(boxState, 'end')).toBe('none');
      expect(await page.evaluate(boxState, 'account')).not.toBe('none');
      await page.screenshot({ path: h.artifact('covered-before.png') });

      await page.locator('#close-banner').click();
      await expect.poll(() => page.evaluate(boxState, 'end')).not.toBe('none');
      // eventually() only waits: the background must really have heard that nothing is covered now.
      expect(
        await eventually(
          async () => (await h.tabState(tabId))?.covered,
          (c) => Array.isArray(c) && c.length === 0,
        ),
      ).toEqual([]);
      await page.screenshot({ path: h.artifact('covered-after.png') });
      await page.close();
    });

    it('keeps the labels of two targets side by side off each other and off the other target', async () => {
      const page = await h.visit(
        'https://www.tim.it/area-clienti/linea',
        `<!doctype html><html lang="it"><body style="margin:0;padding:60px 20px;font:14px sans-serif">
       <a href="/area-clienti" data-expect="account">Area Clienti</a>
       <a href="/area-clienti/disdetta" data-expect="end" style="margin-left:4px">Disdetta</a></body></html>`,
      );
      await page.locator('[data-sim-exit="end"]').waitFor({ state: 'attached' });
      await page.locator('[data-sim-exit="account"]').waitFor({ state: 'attached' });
      const rects = await eventually(
        () =>
          page.evaluate(() => {
            const root = document.querySelector('sim-exit-overlay')!.shadowRoot!;
            const r = (el: Element | null) => {
              const b = el!.getBoundingClientRect();
              return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
            };
            return {
              labels: [...root.querySelectorAll('.label')].map(r),
              targets: [...document.querySelectorAll('[data-sim-exit]')].map(r),
            };
          }),
        (v) => v.labels.length === 2,
      );
      const overlap = (a: (typeof rects.labels)[0], b: (typeof rects.labels)[0]) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap(rects.labels[0], rects.labels[1])).toBe(false);
      for (const label of rects.labels) for (const target of rects.targets) expect(overlap(label, target)).toBe(false);
      await page.screenshot({ path: h.artifact('labels-side-by-side.png') });
      await page.close();
    });
  });
});
