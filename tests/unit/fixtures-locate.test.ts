/**
 * Every fixture page through the real locator in the fast tier (happy-dom, layout stubbed by
 * computed style): our hand-written carrier pages and the corpus of real saved carrier pages.
 * Writes test-results/locate-report.json with each page's winner, runner-up and margin, and the
 * precision and recall per action over the real pages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import keywords from '@/data/keywords.json';
import { ACTIONS, allLanguages, explain, locateAll, type Candidate, type Keywords } from '@/utils/engine/locate';
import type { Action } from '@/utils/engine/actions';
import { validateData } from '../../scripts/validate-data';

/**
 * The smallest lead the expected target must have over the best other candidate. Ten points is half
 * the gap between a carrier hint and a generic phrase in the same field (60 vs 40): a winner by less
 * would flip if one word on the page changed.
 */
export const MIN_MARGIN = 10;

const phrases = allLanguages(keywords as Keywords);
const records = new Map(validateData().data.carriers.map(({ record }) => [record.id, record]));

function load(html: string) {
  const window = new Window({ url: 'https://www.example.test/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const visible = (el: Element) => {
    for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
      const style = window.getComputedStyle(n as never);
      if (n.hasAttribute('hidden') || style.display === 'none' || style.visibility === 'hidden') return false;
      const inline = (n as HTMLElement).style;
      if (inline && (inline.width === '0px' || inline.height === '0px')) return false;
    }
    return true;
  };
  return { document: window.document as unknown as Document, visible, close: () => window.close() };
}

interface Row {
  page: string;
  action: Action;
  expected: string | null;
  winner?: string;
  runnerUp?: string;
  margin?: number;
  why?: string;
  right?: boolean;
}
const report: Row[] = [];
const describeEl = (c: Candidate | undefined) =>
  c &&
  `${c.element.nodeName.toLowerCase()} "${(c.element.textContent || c.element.getAttribute('aria-label') || '').trim().slice(0, 50)}" (${Math.round(c.score)})`;

afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  const real = report.filter((r) => r.page.startsWith('real/'));
  const stats = Object.fromEntries(
    ACTIONS.map((action) => {
      const rows = real.filter((r) => r.action === action);
      const marked = rows.filter((r) => r.winner);
      const right = rows.filter((r) => r.expected && r.right);
      const expected = rows.filter((r) => r.expected);
      return [
        action,
        {
          pages: rows.length,
          marked: marked.length,
          correct: right.length,
          expected: expected.length,
          precision: marked.length ? right.length / marked.length : 1,
          recall: expected.length ? right.length / expected.length : 1,
        },
      ];
    }),
  );
  writeFileSync('test-results/locate-report.json', JSON.stringify({ minMargin: MIN_MARGIN, stats, rows: report }, null, 2));
});

const carrierPages = readdirSync('tests/fixtures/carriers').filter((f) => f.endsWith('.html') && records.has(f.replace('.html', '')));

describe('hand-written carrier pages', () => {
  it.each(carrierPages)('%s: each expected target wins by at least the margin', (file) => {
    const id = file.replace('.html', '');
    const carrier = records.get(id)!;
    const { document, visible, close } = load(readFileSync(`tests/fixtures/carriers/${file}`, 'utf8'));
    const expectedActions = ACTIONS.filter((a) => document.querySelector(`[data-expect="${a}"]`));
    expect(expectedActions).toContain('account');
    const found = locateAll(document, { phrases, hints: carrier.hints, isVisible: visible }, ['account', ...carrier.endsBy, 'delete']);
    for (const action of expectedActions) {
      const expected = document.querySelector(`[data-expect="${action}"]`)!;
      const [winner, ...rest] = found[action];
      const runnerUp = rest.find((c) => c.element !== expected);
      const margin = winner ? winner.score - (runnerUp?.score ?? 0) : 0;
      report.push({
        page: `carriers/${file}`,
        action,
        expected: describeEl({ element: expected } as Candidate) ?? null,
        winner: describeEl(winner),
        runnerUp: describeEl(runnerUp),
        margin,
        why: winner && explain(winner),
      });
      expect(winner?.element, `${file} ${action}: ${winner ? explain(winner) : 'nothing found'}`).toBe(expected);
      expect(margin, `${file} ${action}: winner ${describeEl(winner)} vs runner-up ${describeEl(runnerUp)}`).toBeGreaterThanOrEqual(MIN_MARGIN);
    }
    close();
  });
});

interface RealPage {
  file: string;
  carrier: string;
  url: string;
  expect: Record<Action, string | null>;
}
const manifest = JSON.parse(readFileSync('tests/fixtures/real/manifest.json', 'utf8')) as RealPage[];

describe('real saved carrier pages', () => {
  it('has a corpus of at least 10 pages across at least 5 carriers', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(10);
    expect(new Set(manifest.map((p) => p.carrier)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(manifest.map((p) => [p.file, p] as const))('%s: marks what a person would pick, and nothing where there is nothing', (_file, page) => {
    const carrier = records.get(page.carrier);
    const { document, visible, close } = load(readFileSync(`tests/fixtures/real/${page.file}`, 'utf8'));
    const actions: Action[] = carrier ? ['account', ...carrier.endsBy, 'delete'] : [...ACTIONS];
    const found = locateAll(document, { phrases, hints: carrier?.hints, isVisible: visible }, actions);
    const problems: string[] = [];
    for (const action of actions) {
      const selector = page.expect[action];
      const expected = selector ? document.querySelector(selector) : null;
      if (selector) expect(expected, `${page.file}: selector ${selector} matches nothing`).not.toBeNull();
      const [winner, runnerUp] = found[action];
      report.push({
        page: `real/${page.file}`,
        action,
        expected: expected ? describeEl({ element: expected } as Candidate)! : null,
        winner: describeEl(winner),
        runnerUp: describeEl(runnerUp),
        margin: winner ? winner.score - (runnerUp?.score ?? 0) : undefined,
        why: winner && explain(winner),
      });
      // Two links to the same address are the same way in (real headers repeat the account link);
      // so is a wrapper the person would click around the expected element.
      const destination = (el: Element) => el.getAttribute('href')?.replace(/#.*$/, '').replace(/\/$/, '');
      const sameDestination = (a: Element, b: Element) => !!destination(a) && destination(a) === destination(b);
      const right = !expected
        ? !winner
        : !!winner &&
          (winner.element === expected || winner.element.contains(expected) || expected.contains(winner.element) || sameDestination(winner.element, expected));
      report[report.length - 1].right = right;
      if (!right) problems.push(`${action}: expected ${selector ?? 'no mark'}, got ${winner ? `${describeEl(winner)} [${explain(winner)}]` : 'nothing'}`);
    }
    // Deleting the account is never offered as ending a plan; "end" and "renewal" marks must be right.
    expect(problems).toEqual([]);
    close();
  });
});
