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
const MINUTE = 60_000;

export const reminderKey = (carrierId: string) => `${REMINDER_PREFIX}${carrierId}`;

export function parseReminder(value: unknown): Reminder | undefined {
  const v = value as Partial<Reminder> | undefined;
  if (!v || typeof v !== 'object') return undefined;
  const ok = typeof v.carrierId === 'string' && typeof v.carrierName === 'string' && isIsoDate(String(v.date)) && isIsoDate(String(v.remindOn));
  return ok ? (v as Reminder) : undefined;
}

export function remindOn(date: string, today: string): string {
  return laterOf(addDays(date, -REMIND_DAYS_BEFORE), today);
}

/** 9:00 in the user's own time zone on the reminder day; a time already past fires a minute from now. */
export function alarmTime(day: string, now: number): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.max(new Date(y, m - 1, d, 9).getTime(), now + MINUTE);
}

export async function loadReminder(carrierId: string): Promise<Reminder | undefined> {
  const key = reminderKey(carrierId);
  return parseReminder((await browser.storage.local.get(key))[key]);
}

/** Asks for the notifications permission; call it first thing in a click handler, as browsers require. */
export async function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
}

export async function setReminder(carrier: { id: string; name: string }, date: string, today: string, now = Date.now()): Promise<Reminder> {
  const reminder: Reminder = { carrierId: carrier.id, carrierName: carrier.name, date, remindOn: remindOn(date, today) };
  await browser.storage.local.set({ [reminderKey(carrier.id)]: reminder });
  await browser.alarms.create(reminderKey(carrier.id), { when: alarmTime(reminder.remindOn, now) });
  return reminder;
}

export async function clearReminder(carrierId: string): Promise<void> {
  await browser.alarms.clear(reminderKey(carrierId));
  await browser.storage.local.remove(reminderKey(carrierId));
}
