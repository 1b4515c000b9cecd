// The corpus of real saved carrier pages (tests/fixtures/real/) in the real browsers, at their own
// addresses: the built content script marks what a person would pick, and nothing where there is
// nothing. The same pages run through the locator in the unit tier (fixtures-locate.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateData } from '../../scripts/validate-data';
import { createMatcher } from '../../utils/engine/match';
import { BROWSERS, fixture, launch, type Harness } from './harness';

interface RealPage {
  file: string;
  url: string;
  expect: Record<'account' | 'end' | 'renewal' | 'delete', string | null>;
}
const manifest = JSON.parse(readFileSync('tests/fixtures/real/manifest.json', 'utf8')) as RealPage[];
// The content script runs only on the hosts in data/: a real page saved from a host SIM Exit does not
// list (tre.it, before WINDTRE) gets no marks at all, which is checked too.
const carrierOf = createMatcher(validateData().data.carriers.flatMap(({ record }) => record.hosts.map(({ host }) => ({ host, id: record.id }))));
const known = manifest.filter((p) => carrierOf(p.url));
const unknown = manifest.filter((p) => !carrierOf(p.url));
const withAccount = known.filter((p) => p.expect.account);

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  it.each(unknown.map((p) => [p.file, p.url] as const))('%s at %s (a host not in data/): no script, no marks', async (file, url) => {
    const page = await h.visit(url, fixture(`real/${file}`));
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-sim-exit]').count()).toBe(0);
    await page.close();
  });

  it.each(known.map((p) => [p.file, p] as const))('%s: the marks a person would pick, and no cancel mark where there is none', async (_file, real) => {
    const page = await h.visit(real.url, fixture(`real/${real.file}`));
    if (real.expect.account) await page.locator('[data-sim-exit="account"]').first().waitFor({ state: 'attached', timeout: 8000 });
    else await page.waitForTimeout(1500);
    const verdict = await page.evaluate((expected) => {
      const destination = (el: Element | null) => el?.getAttribute('href')?.replace(/#.*$/, '').replace(/\/$/, '');
      const result: Record<string, string> = {};
      for (const [action, selector] of Object.entries(expected)) {
        const marks = [...document.querySelectorAll(`[data-sim-exit="${action}"]`)];
        const want = selector ? document.querySelector(selector) : null;
        if (!selector) result[action] = marks.length ? `unexpected mark on "${marks[0].textContent?.trim().slice(0, 40)}"` : 'ok';
        else if (marks.length !== 1) result[action] = `${marks.length} marks`;
        else {
          const got = marks[0];
          const right = got === want || got.contains(want) || !!want?.contains(got) || (!!destination(got) && destination(got) === destination(want));
          result[action] = right ? 'ok' : `marked "${got.textContent?.trim().slice(0, 40)}" instead`;
        }
      }
      return result;
    }, real.expect);
    expect(verdict).toEqual({ account: 'ok', end: 'ok', renewal: 'ok', delete: 'ok' });
    await page.close();
  });

  it('badges every real page whose carrier SIM Exit knows', async () => {
    for (const real of withAccount.slice(0, 3)) {
      const page = await h.visit(real.url, fixture(`real/${real.file}`));
      await page.locator('[data-sim-exit="account"]').first().waitFor({ state: 'attached', timeout: 8000 });
      expect(await h.badge(page)).not.toBe('');
      await page.close();
    }
  });
});
