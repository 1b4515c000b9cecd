/**
 * A country is a record, not code: a made-up country ("XZ", in a temporary copy of data/) with its
 * own rules yields a deadline and a letter with no code change, and bad records fail loudly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/catalog';
import { formatProblems, validateData } from '../../scripts/validate-data';
import { deadlines } from '@/utils/engine/deadline';
import { buildLetter } from '@/utils/engine/letter';
import { ruleChain } from '@/utils/engine/countries';

const root = mkdtempSync(join(tmpdir(), 'sim-exit-country-'));
const dir = join(root, 'data');
cpSync('data', dir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const source = { id: 'xz-law', url: 'https://law.example.org/telecom', checked: '2026-12-01', official: true, title: 'XZ Telecom Act' };
const country = {
  code: 'XZ',
  eu: false,
  eea: false,
  languages: ['en'],
  aliases: ['Examplestan'],
  notes: [
    {
      topic: 'notice',
      title: { en: 'Notice: 14 days at most', zh_CN: '通知期最多14天' },
      text: { en: 'The act caps notice at 14 days.', zh_CN: '法律规定通知期最多14天。' },
      src: ['xz-law'],
    },
  ],
  rules: [
    { kind: 'notice-cap', days: 14, note: 'notice', src: ['xz-law'] },
    { kind: 'free-after-months', months: 3, src: ['xz-law'] },
    { kind: 'letter', requires: ['id-copy', 'iban-refund'], src: ['xz-law'] },
  ],
  sources: [source],
};
const carrier = {
  id: 'xz-mobile',
  name: 'XZ Mobile',
  country: 'XZ',
  kind: 'operator',
  languages: ['en'],
  endsBy: ['end'],
  hosts: [{ host: 'xz-mobile.example', src: ['xz-home'] }],
  methods: [{ kind: 'letter', address: 'XZ Mobile, 1 Example Road, XZ-100 Example City', src: ['xz-home'] }],
  notice: { text: { en: '30 days, says the carrier.', zh_CN: '运营商称30天。' }, days: 30, src: ['xz-home'] },
  hints: { account: ['My XZ'], end: ['End my line'] },
  unverified: [],
  sources: [{ id: 'xz-home', url: 'https://www.xz-mobile.example/', checked: '2026-12-01', official: true, title: 'XZ Mobile' }],
};

function write(rel: string, value: unknown) {
  writeFileSync(join(dir, rel), JSON.stringify(value, null, 2));
}

describe('a made-up country added as data only', () => {
  write('countries/XZ.json', country);
  write('carriers/xz-mobile.json', carrier);

  it('validates, and joins the catalog', () => {
    expect(formatProblems(validateData(dir).problems)).toBe('');
    const catalog = buildCatalog(dir);
    expect(catalog.countries.map((c) => c.code)).toContain('XZ');
    expect(catalog.carriers.find((c) => c.id === 'xz-mobile')?.hints.renewal).toEqual([]);
  });

  it('gets its deadline from its own rules: notice capped at 14 days, free after 3 months', () => {
    const catalog = buildCatalog(dir);
    const record = catalog.carriers.find((c) => c.id === 'xz-mobile')!;
    const chain = ruleChain('XZ', new Set()).map((code) => catalog.countries.find((c) => c.code === code)!);
    const result = deadlines({ today: '2026-12-01', carrier: record, countries: chain, start: '2026-10-01' });
    expect(result).toMatchObject({
      ok: true,
      earliestEnd: { date: '2026-12-15', rule: 'notice-cap', source: { kind: 'country', country: 'XZ' } },
      freeEnd: { date: '2027-01-01', rule: 'free-after-months', amount: 3 },
    });
  });

  it('gets a letter that carries what its rules ask for: the ID copy and the credit refund to an IBAN', () => {
    const catalog = buildCatalog(dir);
    const record = catalog.carriers.find((c) => c.id === 'xz-mobile')!;
    const result = buildLetter({
      carrier: record,
      countries: [catalog.countries.find((c) => c.code === 'XZ')!],
      fields: {
        name: 'Alex Example',
        phone: '+39 000 000 0000',
        customerNumber: 'C-1',
        address: '2 Sample Street\nSample Town',
        iban: 'DE89 3704 0044 0532 0130 00',
        date: '2026-12-01',
      },
      channel: 'letter',
      language: 'en',
      templates: { templates: catalog.letters },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.letter.to).toBe('XZ Mobile, 1 Example Road, XZ-100 Example City');
    expect(result.letter.body).toContain(catalog.letters.en.idCopy);
    expect(result.letter.body).toContain('DE89');
  });
});

describe('bad country data fails loudly, naming file and field', () => {
  const broken = (mutate: (c: typeof country) => object, file = 'countries/XZ.json') => {
    const original = readFileSync(join(dir, file), 'utf8');
    write(file, mutate(JSON.parse(original)));
    const text = formatProblems(validateData(dir).problems);
    writeFileSync(join(dir, file), original);
    return text;
  };

  it('refuses a rule of an unknown kind', () => {
    expect(broken((c) => ({ ...c, rules: [{ kind: 'moon-phase', src: ['xz-law'] }] }))).toMatch(/data\/countries\/XZ\.json: rules\[0\]\.kind: /);
  });

  it('refuses a carrier of a country that has no record', () => {
    expect(broken((c) => ({ ...c, country: 'QZ' }), 'carriers/xz-mobile.json')).toMatch(
      /data\/carriers\/xz-mobile\.json: country: no record data\/countries\/QZ\.json/,
    );
  });

  it('refuses a host claimed twice across countries', () => {
    expect(broken((c) => ({ ...c, hosts: [{ host: 'tim.it', src: ['xz-home'] }] }), 'carriers/xz-mobile.json')).toMatch(/host "tim\.it" is already claimed/);
  });

  it('refuses a letter template missing a part its country requires', () => {
    expect(
      broken((t) => {
        const { creditRefund: _drop, ...rest } = t as unknown as Record<string, string>;
        return rest;
      }, 'letters/en.json'),
    ).toMatch(/data\/letters\/en\.json: creditRefund: XZ letters must carry "iban-refund"/);
  });
});
