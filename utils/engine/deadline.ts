/**
 * When a contract can end, and when it ends free of charge. Dates are calendar dates as
 * 'YYYY-MM-DD' strings and all arithmetic is done in UTC, so the user's time zone (or a summer-time
 * change) can never move a deadline by a day.
 */
import type { Carrier, Country, CountryRule } from '@/data/schema';

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

/** Why a date is what it is: a country rule kind, or one of these. */
export const RULES = [
  'notice-cap',
  'carrier-notice',
  'no-exit-penalty',
  'end-date-choice',
  'free-after-months',
  'notice-after-term',
  'processing-days',
  'commitment-end',
  'max-initial-term',
  'travel-renewal',
  'travel-notice',
] as const;
export type RuleId = (typeof RULES)[number];

export type RuleSource =
  /** `title` names the document (a law, a regulator's page), not the rule, which the rule sentence already says. */
  | { kind: 'country'; country: string; title: string; url: string }
  | { kind: 'carrier'; url: string }
  /** A date or term the user typed in. */
  | { kind: 'user' };

export interface DatedRule {
  date: string;
  rule: RuleId;
  source: RuleSource;
  /** The number the rule sentence names (days or months), where it has one. */
  amount?: number;
}

export interface DeadlineInput {
  today: string;
  carrier: Carrier;
  /** The country records that apply, own country first (see ruleChain in countries.ts). */
  countries: Country[];
  /** Contract start (operators and MVNOs). */
  start?: string;
  /** The minimum term the user signed up for, in months, if any: a whole number from 0 to MAX_COMMITMENT_MONTHS. */
  commitmentMonths?: number;
  /** Next renewal date (travel eSIMs). */
  renewal?: string;
}

/** No mobile contract still running began before this day; an earlier date is a typing slip. */
export const EARLIEST_DATE = '1990-01-01';
/** A start or renewal date at most this far ahead is believable. */
export const MONTHS_AHEAD = 12;
/** Five years: longer than any minimum term a carrier offers. */
export const MAX_COMMITMENT_MONTHS = 60;

/** What is wrong with a field, for the message next to it. */
export type InputProblem =
  | { field: 'start' | 'renewal'; problem: 'too-early' | 'too-late' }
  /** A travel eSIM renewal date that has passed, when the plan's period is not known. */
  | { field: 'renewal'; problem: 'past' }
  | { field: 'commitment'; problem: 'not-whole-months' };

export type DeadlineResult =
  | {
      ok: true;
      earliestEnd: DatedRule;
      freeEnd: DatedRule;
      cancelBy?: DatedRule;
      missed: boolean;
      /** Contracts: the start date is still ahead, so the dates are counted from it. */
      startsLater?: boolean;
      /** Travel eSIMs: the renewal date the user entered had passed and was moved on by whole plan periods. */
      rolledFrom?: string;
    }
  | { ok: false; missing: 'start' | 'renewal' }
  | { ok: false; problems: InputProblem[] };

/** Checks a start or renewal date against the believable range. */
function dateProblem(field: 'start' | 'renewal', date: string, today: string): InputProblem | undefined {
  if (date < EARLIEST_DATE) return { field, problem: 'too-early' };
  if (date > addMonths(today, MONTHS_AHEAD)) return { field, problem: 'too-late' };
  return undefined;
}

export function commitmentProblem(months: number | undefined): InputProblem | undefined {
  if (months === undefined) return undefined;
  return Number.isInteger(months) && months >= 0 && months <= MAX_COMMITMENT_MONTHS ? undefined : { field: 'commitment', problem: 'not-whole-months' };
}

/** The first renewal on or after today, counted from a past one by whole periods. */
export function nextRenewal(renewal: string, today: string, periodMonths: number): string {
  const [ry, rm] = parts(renewal);
  const [ty, tm] = parts(today);
  let periods = Math.max(0, Math.floor(((ty - ry) * 12 + (tm - rm)) / periodMonths));
  // Counted from the first date each time, so 31 January renews on 28 February and then 31 March.
  while (periods > 0 && addMonths(renewal, periods * periodMonths) >= today) periods--;
  while (addMonths(renewal, periods * periodMonths) < today) periods++;
  return addMonths(renewal, periods * periodMonths);
}

type RuleOf<K extends CountryRule['kind']> = Extract<CountryRule, { kind: K }>;

/** The first rule of a kind in the chain (own country before the EU), with where it comes from. */
function findRule<K extends CountryRule['kind']>(countries: Country[], kind: K): { rule: RuleOf<K>; source: RuleSource } | undefined {
  for (const country of countries) {
    const rule = country.rules.find((r): r is RuleOf<K> => r.kind === kind);
    if (rule) return { rule, source: countrySource(country, rule) };
  }
  return undefined;
}

/** Cites the first source of the legal note that explains a rule, else the rule's own first source, by the document's name. */
function countrySource(country: Country, rule: CountryRule): RuleSource {
  const note = rule.note ? country.notes.find((n) => n.topic === rule.note) : undefined;
  const source = country.sources.find((s) => s.id === (note?.src[0] ?? rule.src[0]));
  if (!source) return { kind: 'user' };
  return { kind: 'country', country: country.code, title: source.title ?? new URL(source.url).hostname, url: source.url };
}

function carrierFact(carrier: Carrier, fact: { src: string[] } | undefined): RuleSource {
  const source = fact && carrier.sources.find((s) => s.id === fact.src[0]);
  return source ? { kind: 'carrier', url: source.url } : { kind: 'user' };
}

/** Counts working days (Monday to Friday); public holidays differ by region and are not known here. */
export function addWorkingDays(iso: string, days: number): string {
  let date = iso;
  for (let left = days; left > 0;) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

function travelDeadline({ today, carrier, renewal: entered }: DeadlineInput): DeadlineResult {
  if (!entered || !isIsoDate(entered)) return { ok: false, missing: 'renewal' };
  const problem = dateProblem('renewal', entered, today);
  if (problem) return { ok: false, problems: [problem] };
  let renewal = entered;
  if (entered < today) {
    // A subscription renews every period: the one that counts now is the next one. Without a known
    // period there is no computing it, so ask for it.
    const period = carrier.autoRenew?.periodMonths;
    if (!period) return { ok: false, problems: [{ field: 'renewal', problem: 'past' }] };
    renewal = nextRenewal(entered, today, period);
  }
  const days = carrier.notice?.days ?? 0;
  const cancelBy: DatedRule = days
    ? { date: addDays(renewal, -days), rule: 'travel-notice', source: carrierFact(carrier, carrier.notice), amount: days }
    : { date: renewal, rule: 'travel-renewal', source: carrierFact(carrier, carrier.autoRenew) };
  // A plan cancelled in time runs to the end of the paid period and is not charged again.
  const end: DatedRule = { date: renewal, rule: 'travel-renewal', source: carrierFact(carrier, carrier.autoRenew) };
  return { ok: true, earliestEnd: end, freeEnd: end, cancelBy, missed: today > cancelBy.date, ...(renewal !== entered && { rolledFrom: entered }) };
}

/** End of the minimum term, never later than the longest initial term the rules allow. */
function commitmentEnd(input: DeadlineInput, start: string): DatedRule | undefined {
  const months = input.commitmentMonths;
  if (!months || commitmentProblem(months)) return undefined;
  const cap = findRule(input.countries, 'max-initial-term');
  if (cap && months > cap.rule.months)
    return { date: addMonths(start, cap.rule.months), rule: 'max-initial-term', source: cap.source, amount: cap.rule.months };
  return { date: addMonths(start, months), rule: 'commitment-end', source: { kind: 'user' } };
}

/** When a cancellation asked for on `from` takes effect, by the carrier's notice and the country's rules. */
function noticeEnd(input: DeadlineInput, from: string, committed: DatedRule | undefined): DatedRule {
  const { carrier, countries } = input;
  const choice = findRule(countries, 'end-date-choice');
  if (choice) return { date: from, rule: 'end-date-choice', source: choice.source };
  const processing = findRule(countries, 'processing-days');
  if (processing) {
    const { days, workingDays } = processing.rule;
    return { date: workingDays ? addWorkingDays(from, days) : addDays(from, days), rule: 'processing-days', source: processing.source, amount: days };
  }
  const afterTerm = findRule(countries, 'notice-after-term');
  if (afterTerm && (!committed || committed.date <= from)) {
    const { days, months } = afterTerm.rule;
    const date = months ? addMonths(from, months) : addDays(from, days ?? 0);
    return { date, rule: 'notice-after-term', source: afterTerm.source, amount: months ?? days };
  }
  const days = carrier.notice?.days;
  const cap = findRule(countries, 'notice-cap');
  if (cap && (days === undefined || days >= cap.rule.days))
    return { date: addDays(from, cap.rule.days), rule: 'notice-cap', source: cap.source, amount: cap.rule.days };
  return {
    date: addDays(from, days ?? 0),
    rule: 'carrier-notice',
    source: days !== undefined ? carrierFact(carrier, carrier.notice) : { kind: 'user' },
    amount: days ?? 0,
  };
}

/** The first day leaving costs nothing: the end of the term, a country's free-after rule, or at once where the law bars penalties. */
function freeEnd(input: DeadlineInput, start: string, earliestEnd: DatedRule, committed: DatedRule | undefined): DatedRule {
  const { countries } = input;
  const freeAfter = findRule(countries, 'free-after-months');
  const afterMonths: DatedRule | undefined = freeAfter && {
    date: addMonths(start, freeAfter.rule.months),
    rule: 'free-after-months',
    source: freeAfter.source,
    amount: freeAfter.rule.months,
  };
  const candidates = [committed, afterMonths].filter((r): r is DatedRule => !!r);
  let free: DatedRule;
  if (candidates.length) free = candidates.reduce((a, b) => (b.date < a.date ? b : a));
  else {
    const noPenalty = findRule(countries, 'no-exit-penalty');
    free = noPenalty ? { ...earliestEnd, rule: 'no-exit-penalty', source: noPenalty.source, amount: undefined } : earliestEnd;
  }
  return { ...free, date: laterOf(free.date, earliestEnd.date) };
}

export function deadlines(input: DeadlineInput): DeadlineResult {
  const { today, carrier, start } = input;
  if (carrier.kind === 'travel-esim') return travelDeadline(input);
  const problems = [start && isIsoDate(start) ? dateProblem('start', start, today) : undefined, commitmentProblem(input.commitmentMonths)].filter(
    (p): p is InputProblem => !!p,
  );
  if (problems.length) return { ok: false, problems };
  if (!start || !isIsoDate(start)) return { ok: false, missing: 'start' };
  const from = laterOf(today, start);
  const committed = commitmentEnd(input, start);
  let earliestEnd = noticeEnd(input, from, committed);
  // Before the minimum term has run, a rule that gives notice only after the term ends waits for it.
  if (committed && findRule(input.countries, 'notice-after-term') && committed.date > from)
    earliestEnd = { ...committed, date: laterOf(committed.date, earliestEnd.date) };
  return { ok: true, earliestEnd, freeEnd: freeEnd(input, start, earliestEnd, committed), missed: false, startsLater: start > today };
}
