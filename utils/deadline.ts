/**
 * When a contract can end, and when it ends free of charge. Dates are calendar dates as
 * 'YYYY-MM-DD' strings and all arithmetic is done in UTC, so the user's time zone (or a summer-time
 * change) can never move a deadline by a day.
 */
import type { Carrier, Country, Localized } from '@/data/schema';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parts(iso: string): [number, number, number] {
  if (!isIsoDate(iso)) throw new Error(`not a calendar date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return toIso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Month arithmetic as contracts count it: 31 January + 1 month is the last day of February, not 3 March. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The user's own calendar day: the one moment local time is the right answer. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const RULES = [
  'it-notice-max',
  'carrier-notice',
  'it-no-penalty',
  'be-end-date',
  'be-six-months',
  'commitment-end',
  'max-term',
  'travel-renewal',
  'travel-notice',
] as const;
export type RuleId = (typeof RULES)[number];

export type RuleSource =
  | { kind: 'country'; country: string; title: Localized; url: string }
  | { kind: 'carrier'; url: string }
  /** A date or term the user typed in. */
  | { kind: 'user' };

export interface DatedRule {
  date: string;
  rule: RuleId;
  source: RuleSource;
}

export interface DeadlineInput {
  today: string;
  carrier: Carrier;
  /** The carrier's country record and, for EU members and travel eSIMs, the EU's. */
  countries: Country[];
  /** Contract start (operators and MVNOs). */
  start?: string;
  /** The minimum term the user signed up for, in months, if any. */
  commitmentMonths?: number;
  /** Next renewal date (travel eSIMs). */
  renewal?: string;
}

export type DeadlineResult =
  | { ok: true; earliestEnd: DatedRule; freeEnd: DatedRule; cancelBy?: DatedRule; missed: boolean }
  | { ok: false; missing: 'start' | 'renewal' };

const MAX_TERM_MONTHS = 24;
const IT_MAX_NOTICE_DAYS = 30;
const BE_FREE_AFTER_MONTHS = 6;

function countryNote(countries: Country[], codes: string[], topic: Country['notes'][number]['topic']): RuleSource {
  for (const code of codes) {
    const country = countries.find((c) => c.code === code);
    const note = country?.notes.find((n) => n.topic === topic);
    const source = note && country!.sources.find((s) => s.id === note.src[0]);
    if (note && source) return { kind: 'country', country: code, title: note.title, url: source.url };
  }
  return { kind: 'user' };
}

function carrierFact(carrier: Carrier, fact: { src: string[] } | undefined): RuleSource {
  const source = fact && carrier.sources.find((s) => s.id === fact.src[0]);
  return source ? { kind: 'carrier', url: source.url } : { kind: 'user' };
}

function travelDeadline({ today, carrier, renewal }: DeadlineInput): DeadlineResult {
  if (!renewal || !isIsoDate(renewal)) return { ok: false, missing: 'renewal' };
  const days = carrier.notice?.days ?? 0;
  const cancelBy: DatedRule = days
    ? { date: addDays(renewal, -days), rule: 'travel-notice', source: carrierFact(carrier, carrier.notice) }
    : { date: renewal, rule: 'travel-renewal', source: carrierFact(carrier, carrier.autoRenew) };
  // A plan cancelled in time runs to the end of the paid period and is not charged again.
  const end: DatedRule = { date: renewal, rule: 'travel-renewal', source: carrierFact(carrier, carrier.autoRenew) };
  return { ok: true, earliestEnd: end, freeEnd: end, cancelBy, missed: today > cancelBy.date };
}

/** End of the minimum term, never later than the EU's 24 months. */
function commitmentEnd(input: DeadlineInput, start: string): DatedRule | undefined {
  const months = input.commitmentMonths;
  if (!months || months <= 0) return undefined;
  const codes = [input.carrier.country, 'EU'];
  if (months > MAX_TERM_MONTHS) return { date: addMonths(start, MAX_TERM_MONTHS), rule: 'max-term', source: countryNote(input.countries, codes, 'max-term') };
  return { date: addMonths(start, Math.round(months)), rule: 'commitment-end', source: { kind: 'user' } };
}

export function deadlines(input: DeadlineInput): DeadlineResult {
  const { today, carrier, countries, start } = input;
  if (carrier.kind === 'travel-esim') return travelDeadline(input);
  if (!start || !isIsoDate(start)) return { ok: false, missing: 'start' };
  const from = laterOf(today, start);
  const committed = commitmentEnd(input, start);

  if (carrier.country === 'BE') {
    // The user chooses the end date, even with immediate effect (BIPT).
    const earliestEnd: DatedRule = { date: from, rule: 'be-end-date', source: countryNote(countries, ['BE'], 'end-date') };
    const sixMonths = addMonths(start, BE_FREE_AFTER_MONTHS);
    const free: DatedRule =
      committed && committed.date < sixMonths ? committed : { date: sixMonths, rule: 'be-six-months', source: countryNote(countries, ['BE'], 'fees') };
    return { ok: true, earliestEnd, freeEnd: { ...free, date: laterOf(free.date, earliestEnd.date) }, missed: false };
  }

  const days = carrier.notice?.days;
  let earliestEnd: DatedRule;
  if (carrier.country === 'IT') {
    // Bersani: notice can never be longer than 30 days, whatever the contract says.
    earliestEnd =
      days !== undefined && days < IT_MAX_NOTICE_DAYS
        ? { date: addDays(from, days), rule: 'carrier-notice', source: carrierFact(carrier, carrier.notice) }
        : { date: addDays(from, IT_MAX_NOTICE_DAYS), rule: 'it-notice-max', source: countryNote(countries, ['IT'], 'notice') };
  } else {
    earliestEnd = { date: addDays(from, days ?? 0), rule: 'carrier-notice', source: days !== undefined ? carrierFact(carrier, carrier.notice) : { kind: 'user' } };
  }
  const free: DatedRule = committed
    ? committed
    : carrier.country === 'IT'
      ? { ...earliestEnd, rule: 'it-no-penalty', source: countryNote(countries, ['IT'], 'withdrawal') }
      : earliestEnd;
  return { ok: true, earliestEnd, freeEnd: { ...free, date: laterOf(free.date, earliestEnd.date) }, missed: false };
}
