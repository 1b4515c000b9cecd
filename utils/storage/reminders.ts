/**
 * Reminders before a renewal or a deadline: one per carrier, kept in storage.local under
 * `reminder:<carrierId>` with an alarm of the same name. The background shows the notification; it
 * needs the optional "notifications" permission, which the popup asks for only when the user turns a
 * reminder on.
 */
import { browser } from 'wxt/browser';
import { addDays, isIsoDate, laterOf } from '../engine/deadline';

export interface Reminder {
  carrierId: string;
  carrierName: string;
  /** The deadline itself, YYYY-MM-DD. */
  date: string;
  /** The day the notification comes, YYYY-MM-DD. */
  remindOn: string;
}

export const REMINDER_PREFIX = 'reminder:';
/** Enough time to send a letter or a PEC before the date. */
export const REMIND_DAYS_BEFORE = 3;

export const reminderKey = (carrierId: string) => `${REMINDER_PREFIX}${carrierId}`;

export function parseReminder(value: unknown): Reminder | undefined {
  const v = value as Partial<Reminder> | undefined;
  if (!v || typeof v !== 'object') return undefined;
  const ok = typeof v.carrierId === 'string' && typeof v.carrierName === 'string' && isIsoDate(String(v.date)) && isIsoDate(String(v.remindOn));
  return ok ? (v as Reminder) : undefined;
}

/**
 * The day the notification comes: three days before the date, but never today or earlier (the user
 * is looking at the date right now), so from tomorrow on; when the date itself is tomorrow, on that
 * day. None for a date that is today or past: there is nothing left to remind of.
 */
export function remindOn(date: string, today: string): string | undefined {
  if (date <= today) return undefined;
  return laterOf(addDays(date, -REMIND_DAYS_BEFORE), addDays(today, 1));
}

/** 9:00 in the user's own time zone on the reminder day; none when that moment has already passed. */
export function alarmTime(day: string, now: number): number | undefined {
  const [y, m, d] = day.split('-').map(Number);
  const when = new Date(y, m - 1, d, 9).getTime();
  return when > now ? when : undefined;
}

export async function loadReminder(carrierId: string): Promise<Reminder | undefined> {
  const key = reminderKey(carrierId);
  return parseReminder((await browser.storage.local.get(key))[key]);
}

/** Asks for the notifications permission; call it first thing in a click handler, as browsers require. */
export async function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
}

/** Stores the reminder and its alarm; sets nothing (and returns undefined) when no reminder day is left. */
export async function setReminder(carrier: { id: string; name: string }, date: string, today: string, now = Date.now()): Promise<Reminder | undefined> {
  const day = remindOn(date, today);
  const when = day && alarmTime(day, now);
  if (!day || !when) return undefined;
  const reminder: Reminder = { carrierId: carrier.id, carrierName: carrier.name, date, remindOn: day };
  await browser.storage.local.set({ [reminderKey(carrier.id)]: reminder });
  await browser.alarms.create(reminderKey(carrier.id), { when });
  return reminder;
}

export async function clearReminder(carrierId: string): Promise<void> {
  await browser.alarms.clear(reminderKey(carrierId));
  await browser.storage.local.remove(reminderKey(carrierId));
}
