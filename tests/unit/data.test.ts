import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE_FORMAT } from '@/data/schema';
import { formatProblems, validateData } from '../../scripts/validate-data';

const { problems, data } = validateData();
const carriers = data.carriers.map((c) => c.record);

describe('data/', () => {
  it('is valid: schema, source ids, unique hosts, carrier languages', () => {
    expect(formatProblems(problems)).toBe('');
  });

  it('covers the carriers of the foundation issue', () => {
    const ids = carriers.map((c) => c.id);
    for (const id of ['tim', 'vodafone-it', 'windtre', 'iliad-it', 'proximus', 'orange-be', 'base', 'telenet', 'airalo']) expect(ids).toContain(id);
  });

  it('backs every carrier with dated sources, at least one over https; http only for official pages', () => {
    for (const c of carriers) {
      expect(
        c.sources.some((s) => s.url.startsWith('https://')),
        c.id,
      ).toBe(true);
      for (const s of c.sources) {
        expect(s.url, c.id).toMatch(s.official ? /^https?:\/\// : /^https:\/\//);
        expect(s.checked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('writes every phone number in one normalised format', () => {
    const phones = carriers.flatMap((c) => c.methods.filter((m) => m.phone).map((m) => m.phone!));
    expect(phones.length).toBeGreaterThan(5);
    for (const p of phones) expect(p).toMatch(PHONE_FORMAT);
  });

  it('keeps no Telegram adverts from the seed articles', () => {
    const all = JSON.stringify(data) + readFileSync('data/keywords.json', 'utf8');
    expect(all.toLowerCase()).not.toContain('telegram');
    expect(all).not.toContain('t.me/');
  });
});

describe('sources', () => {
  const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  /** The language a help-centre URL is in, from /help/<lang>/… or /<lang>/help/…, when it is a real language tag. */
  function helpPageLanguage(url: string): string | undefined {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    const at = parts.indexOf('help');
    for (const tag of [parts[at + 1], parts[at - 1]]) {
      if (at < 0 || !tag || !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(tag)) continue;
      try {
        if (languageNames.of(tag)) return tag;
      } catch {
        // Not a language tag: an ordinary path segment.
      }
    }
    return undefined;
  }

  it("cites an English-language carrier's own help pages in English, or says in the title which language they are in", () => {
    const checked = carriers.filter((c) => c.languages[0] === 'en').flatMap((c) => c.sources.filter((s) => s.official).map((s) => ({ c, s })));
    expect(checked.some(({ s }) => s.url.includes('/help/'))).toBe(true);
    for (const { c, s } of checked) {
      const tag = helpPageLanguage(s.url);
      if (!tag || c.languages.includes(tag.split('-')[0] as never)) continue;
      const name = languageNames.of(tag.split('-')[0])!;
      expect(s.title ?? '', `${c.id} ${s.id}: ${s.url}`).toContain(`(${name})`);
    }
  });

  it("does not call TIM's smart-home product page an official source for its customer-service number", () => {
    const tim = carriers.find((c) => c.id === 'tim')!;
    const phoneSources = tim.methods.filter((m) => m.kind === 'phone').flatMap((m) => m.src);
    const smartHome = tim.sources.filter((s) => phoneSources.includes(s.id) && /smart-home/.test(s.url));
    expect(smartHome.length).toBeGreaterThan(0);
    for (const s of smartHome) expect(s.official, s.url).toBe(false);
  });

  it("marks ho.'s refund of unused credit after an ordinary cancellation as not confirmed", () => {
    const ho = carriers.find((c) => c.id === 'ho-mobile')!;
    expect(ho.refund?.text.en).toMatch(/within 30 days/);
    expect(ho.unverified).toContain('creditRefund');
  });
});

describe('an invalid record', () => {
  function withCarrier(id: string, edit: (record: Record<string, unknown>) => void) {
    const dir = join(mkdtempSync(join(tmpdir(), 'sim-exit-data-')), 'data');
    cpSync('data', dir, { recursive: true });
    const file = join(dir, 'carriers', `${id}.json`);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    edit(record);
    writeFileSync(file, JSON.stringify(record));
    return validateData(dir).problems;
  }

  it('fails with the file and the field named', () => {
    const problems = withCarrier('tim', (r) => {
      (r.methods as { phone?: string }[]).find((m) => m.phone)!.phone = '119-123';
    });
    expect(formatProblems(problems)).toMatch(/^data\/carriers\/tim\.json: methods\[\d+\]\.phone: /m);
  });

  it('names a source id that does not exist', () => {
    const problems = withCarrier('proximus', (r) => {
      (r.hosts as { src: string[] }[])[0].src = ['nowhere'];
    });
    expect(formatProblems(problems)).toContain('data/carriers/proximus.json: hosts[0].src[0]: no source with id "nowhere"');
  });

  it('refuses a host claimed by two carriers', () => {
    const problems = withCarrier('airalo', (r) => {
      (r.hosts as { host: string }[])[0].host = 'tim.it';
    });
    expect(formatProblems(problems)).toMatch(/host "tim\.it" is already claimed by/);
  });

  it('refuses a localised text without Chinese', () => {
    const problems = withCarrier('vodafone-it', (r) => {
      delete (r.steps as { items: Record<string, string>[] }).items[0].zh_CN;
    });
    expect(formatProblems(problems)).toMatch(/data\/carriers\/vodafone-it\.json: steps\.items\[0\]\.zh_CN: /);
  });

  it('refuses an http source that is not an official page', () => {
    const problems = withCarrier('base', (r) => {
      const source = (r.sources as { url: string; official: boolean }[])[0];
      source.url = 'http://www.base.be/';
      source.official = false;
    });
    expect(formatProblems(problems)).toMatch(
      /data\/carriers\/base\.json: sources\[0\]\.url: only an official page that exists only over http may be cited over http/,
    );
  });

  it('refuses "renewal" as what ends a carrier whose plans never renew, and an empty endsBy where they do', () => {
    expect(formatProblems(withCarrier('gigsky', (r) => (r.endsBy = ['renewal'])))).toMatch(/data\/carriers\/gigsky\.json: endsBy: "renewal" ends nothing here/);
    expect(formatProblems(withCarrier('airalo', (r) => (r.endsBy = [])))).toMatch(/data\/carriers\/airalo\.json: endsBy: name the action/);
  });

  it('accepts an official page that exists only over http', () => {
    const problems = withCarrier('base', (r) => {
      const source = (r.sources as { url: string; official: boolean }[])[0];
      source.url = 'http://www.base.be/';
      source.official = true;
    });
    expect(problems).toEqual([]);
  });
});

describe('docs/carriers.md', () => {
  it('is up to date with data/ (run `npm run docs`)', async () => {
    const { carriersDoc } = await import('../../scripts/carriers-doc');
    expect(readFileSync('docs/carriers.md', 'utf8')).toBe(carriersDoc(data));
  });
});
