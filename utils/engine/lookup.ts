/**
 * Query → countries and carriers. Country names come from Intl.DisplayNames in every UI language,
 * so "意大利", "義大利", "イタリア", "Italia", "Italie" and "Italy" all find IT; ISO codes and flag emoji
 * work too. Carrier names and aliases are searched alongside.
 */
import { UI_LOCALES } from './locales';
import { fold } from './text';

export interface LookupCarrier {
  id: string;
  name: string;
  aliases: (string | { name: string })[];
  country: string;
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

/** Every code Intl knows as a region: no hand-written table of countries. */
export function regionCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // "ZZ" (unknown), "XA"… (pseudo-locales) and the like: not places a carrier lives.
      if (/^(Q[M-Z]|X[A-Z]|ZZ|AA|OO)$/.test(code)) continue;
      const name = names.of(code);
      if (name && name !== code) codes.push(code);
    }
  return codes;
}

/** "🇮🇹" → "IT"; undefined when the text holds no flag. */
export function flagToCode(text: string): string | undefined {
  const points = [...text.trim()].map((c) => c.codePointAt(0)!);
  if (points.length !== 2 || !points.every((p) => p >= 0x1f1e6 && p <= 0x1f1ff)) return undefined;
  return String.fromCharCode(...points.map((p) => p - 0x1f1e6 + 65));
}

export function codeToFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '🌐';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

interface Entry {
  hit: Omit<CountryHit, 'score'> | Omit<CarrierHit, 'score'>;
  names: string[];
  /** Countries with carriers in our data come first among equals. */
  boost: number;
}

export interface LookupIndex {
  entries: Entry[];
  codes: Set<string>;
}

export function buildIndex(carriers: readonly LookupCarrier[], extraAliases: Record<string, string[]> = {}): LookupIndex {
  const displayNames = NAME_LANGUAGES.map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
  const withCarriers = new Set(carriers.map((c) => c.country));
  const codes = regionCodes();
  const entries: Entry[] = codes.map((code) => ({
    hit: { type: 'country', code },
    names: [...new Set([...displayNames.map((d) => d.of(code) ?? ''), ...(extraAliases[code] ?? [])].map(fold).filter(Boolean))],
    boost: withCarriers.has(code) ? 1 : 0,
  }));
  for (const c of carriers)
    entries.push({ hit: { type: 'carrier', id: c.id }, names: [c.name, ...c.aliases.map((a) => (typeof a === 'string' ? a : a.name))].map(fold), boost: 1 });
  return { entries, codes: new Set(codes) };
}

function nameScore(name: string, q: string): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80;
  if (name.split(' ').some((w) => w.startsWith(q))) return 60;
  if (q.length >= 3 && name.includes(q)) return 40;
  return 0;
}

export function search(index: LookupIndex, query: string, limit = 12): Hit[] {
  const flag = flagToCode(query);
  const raw = query.trim();
  const q = fold(raw);
  if (!q && !flag) return [];
  const code = flag ?? (/^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : undefined);
  const hits: Hit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    if (entry.hit.type === 'country' && code && entry.hit.code === code) score = 120;
    else if (!flag) for (const name of entry.names) score = Math.max(score, nameScore(name, q));
    if (score > 0) hits.push({ ...entry.hit, score: score + entry.boost * 5 } as Hit);
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
