import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import italian from '../../locales/it.json';
import { handleAlarm } from '@/utils/background/alarms';
import { alarmTime, clearReminder, loadReminder, remindOn, requestNotifications, setReminder } from '@/utils/storage/reminders';

const holafly = { id: 'holafly', name: 'Holafly' };
const march1 = new Date(2026, 2, 1, 12).getTime();
let granted = true;

beforeEach(() => {
  fakeBrowser.reset();
  granted = true;
  // WXT's fake browser has no permissions API: answer as a browser would after the user's choice.
  fakeBrowser.permissions.request = vi.fn(async () => granted) as never;
  fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
});

describe('reminders', () => {
  it('come three days before the date, and never today or earlier', () => {
    expect(remindOn('2026-03-24', '2026-03-01')).toBe('2026-03-21');
    expect(remindOn('2024-03-02', '2024-02-01')).toBe('2024-02-28');
    // Three days before would be today or past: tomorrow, which may be the date itself.
    expect(remindOn('2026-03-03', '2026-03-01')).toBe('2026-03-02');
    expect(remindOn('2026-03-02', '2026-03-01')).toBe('2026-03-02');
  });

  it('are never offered for a date that is today or past', () => {
    expect(remindOn('2026-03-01', '2026-03-01')).toBeUndefined();
    expect(remindOn('2026-02-27', '2026-03-01')).toBeUndefined();
  });

  it("ring at 9:00 in the user's time zone, never at a moment already past", () => {
    const now = new Date(2026, 2, 1, 12).getTime();
    expect(new Date(alarmTime('2026-03-21', now)!).getHours()).toBe(9);
    expect(new Date(alarmTime('2026-03-21', now)!).getDate()).toBe(21);
    expect(alarmTime('2026-03-01', now)).toBeUndefined();
    expect(alarmTime('2026-02-20', now)).toBeUndefined();
  });

  it('are stored under reminder:<id> with an alarm of the same name', async () => {
    const now = new Date(2026, 2, 1, 12).getTime();
    await setReminder(holafly, '2026-03-24', '2026-03-01', now);
    expect(await loadReminder('holafly')).toEqual({ carrierId: 'holafly', carrierName: 'Holafly', date: '2026-03-24', remindOn: '2026-03-21' });
    const alarm = await fakeBrowser.alarms.get('reminder:holafly');
    expect(alarm?.scheduledTime).toBe(new Date(2026, 2, 21, 9).getTime());
    await clearReminder('holafly');
    expect(await loadReminder('holafly')).toBeUndefined();
    expect(await fakeBrowser.alarms.get('reminder:holafly')).toBeUndefined();
  });

  it('set neither an alarm nor a stored reminder for a date that has come', async () => {
    const now = new Date(2026, 11, 1, 12).getTime();
    expect(await setReminder(holafly, '2026-11-13', '2026-12-01', now)).toBeUndefined();
    expect(await setReminder(holafly, '2026-12-01', '2026-12-01', now)).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await loadReminder('holafly')).toBeUndefined();
  });

  it('schedule the alarm after now, even for a date only a day away', async () => {
    const now = new Date(2026, 11, 1, 23, 30).getTime();
    const set = await setReminder(holafly, '2026-12-02', '2026-12-01', now);
    expect(set?.remindOn).toBe('2026-12-02');
    const alarm = await fakeBrowser.alarms.get('reminder:holafly');
    expect(alarm!.scheduledTime).toBeGreaterThan(now);
  });

  it('ask for the notifications permission only when turned on', async () => {
    expect(await requestNotifications()).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('show a notification when the alarm rings, with the date written out, then forget the reminder', async () => {
    await setReminder(holafly, '2026-03-24', '2026-03-01', march1);
    await handleAlarm({ name: 'reminder:holafly' }, '2026-03-21');
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown['reminder:holafly']).toMatchObject({ type: 'basic', title: 'SIM Exit: Holafly', message: expect.stringContaining('March 24, 2026') });
    expect(shown['reminder:holafly'].message).not.toContain('2026-03-24');
    expect(await loadReminder('holafly')).toBeUndefined();
  });

  it('speak the language chosen in the options, dates included', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: true, language: 'it' } });
    await setReminder(holafly, '2026-03-24', '2026-03-01', march1);
    await handleAlarm({ name: 'reminder:holafly' }, '2026-03-21');
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown['reminder:holafly'].message).toBe(italian.reminderNotificationText.message.replace('$1', 'Holafly').replace('$2', '24 marzo 2026'));
  });

  it('show nothing when the alarm rings late, after the date itself (a browser closed for days)', async () => {
    await setReminder(holafly, '2026-03-24', '2026-03-01', march1);
    await handleAlarm({ name: 'reminder:holafly' }, '2026-03-25');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await loadReminder('holafly')).toBeUndefined();
  });

  it('show nothing once the permission has been withdrawn, or for alarms that are not reminders', async () => {
    await setReminder(holafly, '2026-03-24', '2026-03-01', march1);
    granted = false;
    await handleAlarm({ name: 'reminder:holafly' }, '2026-03-21');
    await handleAlarm({ name: 'something-else' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('ignore a corrupt stored reminder', async () => {
    await fakeBrowser.storage.local.set({ 'reminder:tim': { date: 'soon' } });
    expect(await loadReminder('tim')).toBeUndefined();
    await handleAlarm({ name: 'reminder:tim' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
