/**
 * Query → countries and carriers. Countries are the current ISO 3166-1 ones, each named by
 * Intl.DisplayNames in every UI language and in the languages its own record lists, plus the record's
 * aliases, so "意大利", "義大利", "イタリア", "Italia", "Deutschland", "Svizzera" and "UK" all find their
 * country; ISO codes and flag emoji work too, and small typos are forgiven. Carrier names and aliases
 * are searched alongside.
 */
import { flagToCode } from './flags';
import { COUNTRY_CODES } from './iso-countries';
import { UI_LOCALES } from './locales';
import { fold } from './text';

export { COUNTRY_CODES };
export { codeToFlag, flagToCode } from './flags';

export interface LookupCarrier {
  id: string;
  name: string;
  aliases: (string | { name: string })[];
  country: string;
  kind?: string;
}

/** What a country's own record adds to its names: the languages its carriers write in, and aliases. */
export interface LookupCountry {
  code: string;
  languages: readonly string[];
  aliases: readonly string[];
}

export interface CountryHit {
  type: 'country';
  code: string;
  score: number;
}

export interface CarrierHit {
  type: 'carrier';
  id: string;
  score: number;
}

export type Hit = CountryHit | CarrierHit;

const NAME_LANGUAGES = UI_LOCALES.map((l) => l.replace('_', '-'));

/** How far from a name a query may be and still count as a typo of it: none below four letters. */
const maxTypos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

const SCORE = { code: 120, exact: 100, prefix: 80, wordPrefix: 60, substring: 40, typo: 30, perTypo: 10, covered: 5 };

interface Entry {
  hit: Omit<CountryHit, 'score'> | Omit<CarrierHit, 'score'>;
  names: string[];
  /** Countries with carriers in our data come first among equals. */
  boost: number;
}

export interface LookupIndex {
  entries: Entry[];
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();
function regionNames(language: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(language)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      names = undefined;
    }
    displayNames.set(language, names);
  }
  return displayNames.get(language);
}

const aliasName = (a: string | { name: string }) => (typeof a === 'string' ? a : a.name);

export function buildIndex(carriers: readonly LookupCarrier[], countries: readonly LookupCountry[] = []): LookupIndex {
  const withCarriers = new Set(carriers.map((c) => c.country));
  const records = new Map(countries.map((c) => [c.code, c]));
  const entries: Entry[] = COUNTRY_CODES.map((code) => {
    const record = records.get(code);
    const languages = [...NAME_LANGUAGES, ...(record?.languages ?? [])];
    const names = [...languages.map((l) => regionNames(l)?.of(code) ?? ''), ...(record?.aliases ?? [])];
    return { hit: { type: 'country', code }, names: [...new Set(names.map(fold).filter(Boolean))], boost: withCarriers.has(code) ? 1 : 0 };
  });
  for (const c of carriers)
    entries.push({ hit: { type: 'carrier', id: c.id }, names: [...new Set([c.name, ...c.aliases.map(aliasName)].map(fold))], boost: 1 });
  return { entries };
}

/** Optimal string alignment distance (a swap of two neighbours is one typo), or max + 1 once it exceeds max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The fewest typos between the query and the name, a word of it, or the start of it (the query may be unfinished). */
function typosFrom(name: string, q: string, max: number): number {
  const candidates = [name, ...name.split(' '), name.slice(0, q.length - 1), name.slice(0, q.length), name.slice(0, q.length + 1)];
  return Math.min(...candidates.filter((c) => c.length >= q.length - max).map((c) => typoDistance(q, c, max)));
}

function nameScore(name: string, q: string): number {
  if (name === q) return SCORE.exact;
  if (name.startsWith(q)) return SCORE.prefix;
  // Folded names have single spaces: a word starts after one. (This runs for every name on every keystroke.)
  if (name.includes(` ${q}`)) return SCORE.wordPrefix;
  if (q.length >= 3 && name.includes(q)) return SCORE.substring;
  return 0;
}

function typoScore(name: string, q: string, max: number): number {
  const typos = typosFrom(name, q, max);
  return typos <= max ? SCORE.typo - (typos - 1) * SCORE.perTypo : 0;
}

/**
 * Exact codes and flags first, then names as typed (exact, prefix, word prefix, substring). Only when
 * nothing matches as typed are small typos forgiven ("Itlay", "Germnay"), so they never crowd out a
 * real match.
 */
export function search(index: LookupIndex, query: string, limit = 12): Hit[] {
  const flag = flagToCode(query);
  const raw = query.trim();
  const q = fold(raw);
  if (!q && !flag) return [];
  const code = flag ?? (/^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : undefined);
  const collect = (score: (entry: Entry) => number) => {
    const hits: Hit[] = [];
    for (const entry of index.entries) {
      const s = score(entry);
      if (s > 0) hits.push({ ...entry.hit, score: s + entry.boost * SCORE.covered } as Hit);
    }
    return hits;
  };
  const best = (entry: Entry, score: (name: string) => number) => {
    let top = 0;
    for (const name of entry.names) top = Math.max(top, score(name));
    return top;
  };
  let hits = collect((entry) => {
    if (entry.hit.type === 'country' && code && entry.hit.code === code) return SCORE.code;
    return flag ? 0 : best(entry, (name) => nameScore(name, q));
  });
  const max = maxTypos(q.length);
  if (!hits.length && !flag && max) hits = collect((entry) => best(entry, (name) => typoScore(name, q, max)));
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** What we have guides for, as the empty box shows it: the countries with carriers, then the travel eSIMs. */
export function covered(carriers: readonly LookupCarrier[]): Hit[] {
  const countries = [...new Set(carriers.filter((c) => c.kind !== 'travel-esim' && COUNTRY_CODES.includes(c.country)).map((c) => c.country))];
  return [
    ...countries.map((code): Hit => ({ type: 'country', code, score: 0 })),
    ...carriers.filter((c) => c.kind === 'travel-esim').map((c): Hit => ({ type: 'carrier', id: c.id, score: 0 })),
  ];
}
