import { describe, expect, it } from 'vitest';
import { carrierSummaries } from '@/utils/catalog';
import { buildIndex, codeToFlag, flagToCode, regionCodes, search } from '@/utils/engine/lookup';

const index = buildIndex(carrierSummaries);
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

  it('lists every region Intl knows without a hand-written table', () => {
    const codes = regionCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(codes).toContain('IT');
    expect(codes).not.toContain('ZZ');
  });

  it('turns flags into codes and back', () => {
    expect(flagToCode('🇧🇪')).toBe('BE');
    expect(flagToCode('BE')).toBeUndefined();
    expect(codeToFlag('IT')).toBe('🇮🇹');
    expect(codeToFlag('global')).toBe('🌐');
  });
});
