import { describe, expect, it } from 'vitest';
import { carrierSummaries, countrySummaries } from '@/utils/catalog';
import { COUNTRY_CODES, buildIndex, codeToFlag, covered, flagToCode, search } from '@/utils/engine/lookup';

const index = buildIndex(carrierSummaries, countrySummaries);
const countriesFound = (q: string) => search(index, q, 50).flatMap((h) => (h.type === 'country' ? [h.code] : []));
const top = (q: string) => {
  const [hit] = search(index, q);
  return hit && (hit.type === 'country' ? `country:${hit.code}` : `carrier:${hit.id}`);
};

describe('country and carrier lookup', () => {
  it.each([
    ['意大利', 'country:IT'],
    ['Italia', 'country:IT'],
    ['Italy', 'country:IT'],
    ['Italie', 'country:IT'],
    ['italien', 'country:IT'],
    ['IT', 'country:IT'],
    ['it', 'country:IT'],
    ['🇮🇹', 'country:IT'],
    ['比利时', 'country:BE'],
    ['Belgique', 'country:BE'],
    ['België', 'country:BE'],
    ['Belgie', 'country:BE'],
    ['belgium', 'country:BE'],
    ['BE', 'country:BE'],
    ['🇧🇪', 'country:BE'],
    ['  BELG ', 'country:BE'],
    ['イタリア', 'country:IT'],
    ['ベルギー', 'country:BE'],
    ['義大利', 'country:IT'],
    ['比利時', 'country:BE'],
    ['Bélgica', 'country:BE'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it.each([
    ['ho.', 'carrier:ho-mobile'],
    ['Wind', 'carrier:windtre'],
    ['Vikings', 'carrier:mobile-vikings'],
    ['proximus', 'carrier:proximus'],
    ['AIRALO', 'carrier:airalo'],
  ])('finds the carrier %s', (query, expected) => {
    expect(search(index, query).map((h) => (h.type === 'carrier' ? `carrier:${h.id}` : `country:${h.code}`))).toContain(expected);
    expect(top(query)).toBe(expected);
  });

  it('finds countries we have no carriers for, by any of their names', () => {
    expect(top('Japon')).toBe('country:JP');
    expect(top('日本')).toBe('country:JP');
  });

  it('returns nothing for an empty query or nonsense', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzqx')).toEqual([]);
  });

  it('lists the 249 current ISO 3166-1 countries once each, with a name in every UI language', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) expect(english.of(code), code).not.toBe(code);
    expect(COUNTRY_CODES).toContain('IT');
    expect(COUNTRY_CODES).toContain('SS');
    expect(COUNTRY_CODES).toContain('AQ');
  });

  it.each([
    ['DD', 'Germany', 'DE'],
    ['FX', 'France', 'FR'],
    ['UK', 'United Kingdom', 'GB'],
    ['DY', 'Benin', 'BJ'],
    ['TP', 'Timor-Leste', 'TL'],
    ['YU', 'Yugoslavia', undefined],
    ['ZZ', 'Unknown Region', undefined],
    ['EU', 'European Union', undefined],
    ['XK', 'Kosovo', undefined],
  ])('never offers the obsolete or reserved code %s (%s): only the current country', (obsolete, name, current) => {
    expect(COUNTRY_CODES).not.toContain(obsolete);
    const found = countriesFound(name);
    expect(found).not.toContain(obsolete);
    if (current) expect(found.filter((c) => c === current)).toHaveLength(1);
    if (current) expect(found[0]).toBe(current);
  });

  it('offers each country once, even when its names in several languages all match', () => {
    for (const q of ['Germany', 'Deutschland', 'Allemagne', 'Fra', 'Ital', 'Schw']) {
      const found = countriesFound(q);
      expect(new Set(found).size, q).toBe(found.length);
    }
  });

  it.each([
    ['Deutschland', 'country:DE'],
    ['Allemagne', 'country:DE'],
    ['德国', 'country:DE'],
    ['Germania', 'country:DE'],
    ['Duitsland', 'country:DE'],
    ['España', 'country:ES'],
    ['espana', 'country:ES'],
    ['Nederland', 'country:NL'],
    ['Pays-Bas', 'country:NL'],
    ['Schweiz', 'country:CH'],
    ['Suisse', 'country:CH'],
    ['Svizzera', 'country:CH'],
    ['瑞士', 'country:CH'],
    ['日本', 'country:JP'],
    ['Giappone', 'country:JP'],
    ['英国', 'country:GB'],
    ['UK', 'country:GB'],
    ['uk', 'country:GB'],
    ['Great Britain', 'country:GB'],
    ['Royaume-Uni', 'country:GB'],
    ['🇩🇪', 'country:DE'],
    ['🇬🇧', 'country:GB'],
    ['de', 'country:DE'],
    ['DE', 'country:DE'],
    ['gb', 'country:GB'],
  ])("finds %s in any UI language, the country's own, an alias, a flag or a code → %s", (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it("names a country in its own languages when its record lists them (Ελλάδα from Greece's record)", () => {
    expect(search(buildIndex([]), 'Ελλάδα')).toEqual([]);
    const withRecord = buildIndex([], [{ code: 'GR', languages: ['el'], aliases: ['Hellas'] }]);
    expect(search(withRecord, 'Ελλάδα')[0]).toMatchObject({ type: 'country', code: 'GR' });
    expect(search(withRecord, 'hellas')[0]).toMatchObject({ type: 'country', code: 'GR' });
  });

  it.each([
    ['Itlay', 'country:IT'],
    ['itlay', 'country:IT'],
    ['Germnay', 'country:DE'],
    ['Gemrany', 'country:DE'],
    ['Belgum', 'country:BE'],
    ['Swtizerland', 'country:CH'],
    ['Frnace', 'country:FR'],
    ['Spian', 'country:ES'],
    ['Netherlnds', 'country:NL'],
    ['Vodafnoe', 'carrier:vodafone-it'],
  ])('forgives the typo %s → %s', (query, expected) => {
    const hit = search(index, query).find((h) => (h.type === 'country' ? `country:${h.code}` : `carrier:${h.id}`) === expected);
    expect(hit).toBeDefined();
    if (expected.startsWith('country:')) expect(top(query)).toBe(expected);
  });

  it('forgives typos only when nothing matches as typed, so exact and prefix matches come first', () => {
    expect(countriesFound('Iran')).toEqual(['IR']);
    expect(countriesFound('Spai')[0]).toBe('ES');
    expect(search(index, 'Spai').every((h) => h.score >= 60)).toBe(true);
    expect(countriesFound('Iraq')[0]).toBe('IQ');
    expect(countriesFound('Mali')[0]).toBe('ML');
    expect(countriesFound('Malt')[0]).toBe('MT');
    expect(countriesFound('Niger')[0]).toBe('NE');
    expect(countriesFound('Chad')[0]).toBe('TD');
  });

  it('does not guess from too little: short queries match names only exactly or by prefix', () => {
    expect(countriesFound('Itl')).not.toContain('IT');
    expect(search(index, 'zzqx')).toEqual([]);
    expect(search(index, 'qwerty')).toEqual([]);
  });

  it('covers the countries that have carrier guides and the travel eSIMs, each once', () => {
    const hits = covered(carrierSummaries);
    const countries = hits.flatMap((h) => (h.type === 'country' ? [h.code] : []));
    const carriers = hits.flatMap((h) => (h.type === 'carrier' ? [h.id] : []));
    expect([...countries].sort()).toEqual([...new Set(carrierSummaries.map((c) => c.country).filter((c) => c !== 'global'))].sort());
    expect(countries).toContain('JP');
    expect(countries).not.toContain('PT');
    expect(carriers.sort()).toEqual(
      carrierSummaries
        .filter((c) => c.kind === 'travel-esim')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('turns flags into codes and back', () => {
    expect(flagToCode('🇧🇪')).toBe('BE');
    expect(flagToCode('BE')).toBeUndefined();
    expect(codeToFlag('IT')).toBe('🇮🇹');
    expect(codeToFlag('global')).toBe('🌐');
  });
});
