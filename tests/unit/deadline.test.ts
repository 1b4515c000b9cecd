import { afterEach, describe, expect, it } from 'vitest';
import type { Carrier } from '@/data/schema';
import { addDays, addMonths, deadlines, isIsoDate, nextRenewal, todayIso, type DeadlineInput } from '@/utils/engine/deadline';
import { ruleChain } from '@/utils/engine/countries';
import { validateData } from '../../scripts/validate-data';

const { data } = validateData();
const carrier = (id: string) => data.carriers.find((c) => c.record.id === id)!.record;
const euMembers = new Set(data.countries.find((c) => c.record.code === 'EU')!.record.members!.codes);
/** The country records that apply to a carrier, in order, as the extension loads them. */
const chainFor = (code: string) => ruleChain(code, euMembers).flatMap((cc) => data.countries.filter((c) => c.record.code === cc).map((c) => c.record));
const run = (id: string, input: Partial<DeadlineInput>) => {
  const result = deadlines({ today: '2026-03-10', carrier: carrier(id), countries: chainFor(carrier(id).country), ...input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
};

describe('calendar arithmetic', () => {
  it('ends a month from 31 January on the last day of February, leap year or not', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-01-30', 13)).toBe('2027-02-28');
  });

  it('takes 29 February to 28 February in a common year and back to 29 in the next leap year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
  });

  it('crosses month and year ends by days', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-1-1')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow();
  });
});

describe('time zones cannot move a day', () => {
  const before = process.env.TZ;
  afterEach(() => {
    process.env.TZ = before;
  });

  // Around the European summer-time change (29 March 2026) and in zones far from UTC.
  it.each(['Europe/Rome', 'Europe/Brussels', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'])('gives the same dates in %s', (tz) => {
    process.env.TZ = tz;
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(run('vodafone-it', { today: '2026-03-01', start: '2025-01-15' }).earliestEnd.date).toBe('2026-03-31');
  });

  it("takes today from the user's own calendar, not UTC's", () => {
    process.env.TZ = 'Pacific/Kiritimati';
    // 2026-03-10 20:00 UTC is already 11 March in Kiribati (UTC+14).
    expect(todayIso(new Date(Date.UTC(2026, 2, 10, 20)))).toBe('2026-03-11');
  });
});

describe('Italy', () => {
  it('ends 30 days after the request and costs nothing beyond real costs (Bersani)', () => {
    const r = run('vodafone-it', { start: '2025-06-01' });
    expect(r.earliestEnd).toMatchObject({ date: '2026-04-09', rule: 'notice-cap', source: { kind: 'country', country: 'IT' } });
    expect(r.freeEnd).toMatchObject({ date: '2026-04-09', rule: 'no-exit-penalty' });
    // The link names the document, not the rule again (the note's title "Notice: 30 days at most" said the sentence twice).
    expect(r.earliestEnd.source.kind === 'country' && r.earliestEnd.source.title).toBe('Decreto Bersani 2007: testo sulla disdetta (art. 1 comma 3)');
  });

  it("caps a carrier's longer notice at 30 days", () => {
    const long = { ...carrier('tim'), notice: { ...carrier('tim').notice!, days: 60 } } as Carrier;
    const r = deadlines({ today: '2026-03-10', carrier: long, countries: chainFor('IT'), start: '2025-01-01' });
    expect(r.ok && r.earliestEnd).toMatchObject({ date: '2026-04-09', rule: 'notice-cap' });
  });

  it("uses a carrier's shorter notice, citing the carrier", () => {
    const r = run('coopvoce', { start: '2025-01-01' });
    expect(r.earliestEnd).toMatchObject({ date: '2026-03-10', rule: 'carrier-notice', source: { kind: 'carrier' } });
  });

  it('is free of charge once the minimum term the user entered has run', () => {
    const r = run('windtre', { start: '2025-01-31', commitmentMonths: 24 });
    expect(r.freeEnd).toMatchObject({ date: '2027-01-31', rule: 'commitment-end', source: { kind: 'user' } });
  });

  it('never counts a minimum term beyond 24 months', () => {
    const r = run('tim', { start: '2025-01-31', commitmentMonths: 36 });
    expect(r.freeEnd).toMatchObject({ date: '2027-01-31', rule: 'max-initial-term', source: { kind: 'country', country: 'IT' } });
  });

  it('counts from the start date when the contract has not started yet, and says so', () => {
    const r = run('iliad-it', { start: '2026-04-01' });
    expect(r.earliestEnd.date).toBe('2026-05-01');
    expect(r.startsLater).toBe(true);
    expect(run('iliad-it', { start: '2026-03-10' }).startsLater).toBe(false);
  });
});

describe('Belgium', () => {
  it('can end today, and free of charge six months after the start', () => {
    const r = run('proximus', { start: '2025-12-31' });
    expect(r.earliestEnd).toMatchObject({ date: '2026-03-10', rule: 'end-date-choice', source: { kind: 'country', country: 'BE' } });
    expect(r.freeEnd).toMatchObject({ date: '2026-06-30', rule: 'free-after-months', source: { kind: 'country', country: 'BE' } });
  });

  it('is free at once when the contract is older than six months', () => {
    expect(run('orange-be', { start: '2025-08-31' }).freeEnd.date).toBe('2026-03-10');
  });

  it('is free at the end of a fixed term shorter than six months', () => {
    expect(run('base', { start: '2026-01-31', commitmentMonths: 3 }).freeEnd).toMatchObject({ date: '2026-04-30', rule: 'commitment-end' });
  });

  it('handles a start on 29 February', () => {
    expect(run('telenet', { today: '2024-03-01', start: '2024-02-29' }).freeEnd.date).toBe('2024-08-29');
  });
});

describe('travel eSIMs', () => {
  it('must be cancelled 7 days before a Holafly renewal, 2 days before a Saily one', () => {
    const holafly = run('holafly', { renewal: '2026-03-31' });
    expect(holafly.cancelBy).toMatchObject({ date: '2026-03-24', rule: 'travel-notice', source: { kind: 'carrier' } });
    expect(holafly.earliestEnd).toMatchObject({ date: '2026-03-31', rule: 'travel-renewal' });
    expect(holafly.freeEnd.date).toBe('2026-03-31');
    expect(holafly.missed).toBe(false);
    expect(run('saily', { renewal: '2026-03-01', today: '2026-02-20' }).cancelBy?.date).toBe('2026-02-27');
    expect(run('saily', { renewal: '2024-03-01', today: '2024-02-20' }).cancelBy?.date).toBe('2024-02-28');
  });

  it('says when the last day to cancel has passed', () => {
    expect(run('holafly', { renewal: '2026-03-15', today: '2026-03-09' }).missed).toBe(true);
    expect(run('holafly', { renewal: '2026-03-15', today: '2026-03-08' }).missed).toBe(false);
  });

  it('without a notice in the data, can be cancelled up to the renewal date', () => {
    expect(run('airalo', { renewal: '2026-04-01' }).cancelBy).toMatchObject({ date: '2026-04-01', rule: 'travel-renewal' });
  });

  it('needs the renewal date; contracts need the start date', () => {
    expect(deadlines({ today: '2026-03-10', carrier: carrier('holafly'), countries: chainFor('global') })).toEqual({ ok: false, missing: 'renewal' });
    expect(deadlines({ today: '2026-03-10', carrier: carrier('tim'), countries: chainFor('IT'), start: '2026-02-30' })).toEqual({
      ok: false,
      missing: 'start',
    });
  });
});

describe('impossible input', () => {
  const problems = (id: string, input: Partial<DeadlineInput>) =>
    deadlines({ today: '2026-12-01', carrier: carrier(id), countries: chainFor(carrier(id).country), ...input });

  it.each([-5, 1.5, 61, 1000, Number.NaN])('rejects a minimum term of %s months instead of ignoring it', (months) => {
    expect(problems('windtre', { start: '2025-01-31', commitmentMonths: months })).toEqual({
      ok: false,
      problems: [{ field: 'commitment', problem: 'not-whole-months' }],
    });
  });

  it('takes whole minimum terms from 0 to 60 months', () => {
    expect(problems('base', { start: '2025-01-31', commitmentMonths: 0 }).ok).toBe(true);
    expect(problems('base', { start: '2025-01-31', commitmentMonths: 60 }).ok).toBe(true);
  });

  it('rejects a start date before 1990 or more than a year ahead', () => {
    expect(problems('tim', { start: '1989-12-31' })).toEqual({ ok: false, problems: [{ field: 'start', problem: 'too-early' }] });
    expect(problems('tim', { start: '1990-01-01' }).ok).toBe(true);
    expect(problems('tim', { start: '2027-12-01' }).ok).toBe(true);
    expect(problems('tim', { start: '2027-12-02' })).toEqual({ ok: false, problems: [{ field: 'start', problem: 'too-late' }] });
  });

  it('names every field that is wrong at once', () => {
    expect(problems('tim', { start: '2099-01-01', commitmentMonths: -5 })).toEqual({
      ok: false,
      problems: [
        { field: 'start', problem: 'too-late' },
        { field: 'commitment', problem: 'not-whole-months' },
      ],
    });
  });

  it('rejects a renewal more than a year ahead or before 1990', () => {
    expect(problems('holafly', { renewal: '2027-12-02' })).toEqual({ ok: false, problems: [{ field: 'renewal', problem: 'too-late' }] });
    expect(problems('holafly', { renewal: '1980-01-01' })).toEqual({ ok: false, problems: [{ field: 'renewal', problem: 'too-early' }] });
  });
});

describe('a travel eSIM renewal date that has passed', () => {
  const travel = (id: string, renewal: string, today = '2026-12-01') => deadlines({ today, carrier: carrier(id), countries: [], renewal });

  it('rolls a monthly plan on to its next renewal (cancel by 13 November, seen on 1 December)', () => {
    const r = travel('holafly', '2026-11-20');
    expect(r).toMatchObject({ ok: true, rolledFrom: '2026-11-20', missed: false });
    expect(r.ok && r.cancelBy?.date).toBe('2026-12-13');
    expect(r.ok && r.earliestEnd.date).toBe('2026-12-20');
  });

  it('rolls by whole periods from the date entered, months with fewer days included', () => {
    expect(nextRenewal('2026-01-31', '2026-02-15', 1)).toBe('2026-02-28');
    expect(nextRenewal('2026-01-31', '2026-03-05', 1)).toBe('2026-03-31');
    expect(nextRenewal('2025-06-15', '2026-12-01', 1)).toBe('2026-12-15');
    expect(nextRenewal('2025-06-15', '2026-12-15', 1)).toBe('2026-12-15');
    expect(nextRenewal('2026-11-30', '2026-12-01', 3)).toBe('2027-02-28');
  });

  it('leaves a renewal of today as it is: the cancellation date has passed', () => {
    const r = travel('holafly', '2026-12-01');
    expect(r).toMatchObject({ ok: true, missed: true, earliestEnd: { date: '2026-12-01' } });
    expect(r.ok && r.rolledFrom).toBeUndefined();
  });

  it('asks for the next renewal date when the period of the plan is not known', () => {
    expect(carrier('airalo').autoRenew?.periodMonths).toBeUndefined();
    expect(travel('airalo', '2026-11-20')).toEqual({ ok: false, problems: [{ field: 'renewal', problem: 'past' }] });
  });
});
