/**
 * Conventions of the hand-written carrier pages (tests/fixtures/carriers/README.md): every page says
 * where its wording comes from, and the expected targets are not just the record's own hint words
 * copied back (such a page only proves that a hint matches itself).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '@/utils/engine/text';
import type { Action } from '@/utils/engine/actions';
import { validateData } from '../../scripts/validate-data';

const DIR = 'tests/fixtures/carriers';
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(`${DIR}/${file}`, 'utf8') }));
const records = new Map(validateData().data.carriers.map(({ record }) => [record.id, record]));

/** The comment right after the doctype: `<!-- Wording from: … -->`. */
const WORDING = /^<!doctype html>\s*<!--\s*Wording from:([\s\S]*?)-->/i;
const NO_PAGE = /no page found/i;
/** A URL runs to the first space, quote, bracket or list punctuation after it. */
const URLS = /\bhttps?:\/\/[^\s"'<>()\]]+/gi;

/**
 * Pages whose expected targets are all exactly (after folding) hint words of their record. The newer
 * pages (FR, DE, ES, NL, CH, GB, JP carriers) take their wording from the carrier's own pages, and
 * those records' hints were written from the same pages, so their targets equal hints by design: 27
 * of them today, plus airalo and nomad whose official help pages use the hint words too. This bound
 * keeps new hint-only pages out; it cannot fall further without changing real wording or the hints.
 */
const MAX_HINT_ONLY_PAGES = 29;

/** Every element carrying data-expect, read from the raw markup (targets inside scripts, template strings and srcdoc too). */
function targets(html: string): { action: Action; text: string }[] {
  const found: { action: Action; text: string }[] = [];
  for (const m of html.matchAll(/<[a-z][^>]*?\bdata-expect=["'](\w+)["'][^>]*>([^<]*)</gi)) found.push({ action: m[1] as Action, text: m[2].trim() });
  return found;
}

describe('hand-written carrier pages: wording', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s starts with a "Wording from:" comment whose URLs are well formed', (_file, { html }) => {
    const comment = WORDING.exec(html)?.[1];
    expect(comment, 'first thing after the doctype: <!-- Wording from: <urls> --> (or "no page found")').toBeDefined();
    const urls = comment!.match(URLS) ?? [];
    expect(urls.length > 0 || NO_PAGE.test(comment!), 'names at least one page, or says "no page found"').toBe(true);
    for (const raw of urls) {
      const url = new URL(raw.replace(/[.,;:]+$/, ''));
      expect(['http:', 'https:'], raw).toContain(url.protocol);
      expect(url.hostname, raw).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    }
  });

  it('has at most a few pages whose targets are only the hint words, and none of them without a cited page', () => {
    const hintOnly = pages.filter(({ html }) => {
      const carrier = records.get(/data-carrier="([^"]+)"/.exec(html)?.[1] ?? '');
      const found = targets(html);
      expect(carrier, 'data-carrier names a record').toBeDefined();
      expect(found.length, 'has data-expect targets').toBeGreaterThan(0);
      return found.every(({ action, text }) => carrier!.hints[action].some((hint) => fold(hint) === fold(text)));
    });
    console.info(`${hintOnly.length} of ${pages.length} carrier pages use only the record's hint words as targets: ${hintOnly.map((p) => p.file).join(', ')}`);
    // A page with no source for its wording must not make one up from the hints.
    expect(hintOnly.filter(({ html }) => NO_PAGE.test(WORDING.exec(html)?.[1] ?? '')).map((p) => p.file)).toEqual([]);
    expect(hintOnly.length).toBeLessThanOrEqual(MAX_HINT_ONLY_PAGES);
  });
});
