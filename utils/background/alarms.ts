/** Reminder alarms: the notification, in the one UI language. Alarms are only ever set by setReminder, never for a past moment. */
import { browser } from 'wxt/browser';
import { todayIso } from '@/utils/engine/deadline';
import { formatDate } from '@/utils/i18n/format';
import { loadReminder, reminderKey, REMINDER_PREFIX } from '@/utils/storage/reminders';
import { loadSettings } from '@/utils/storage/settings';
import { resolveLanguage } from '@/utils/i18n/preferred';
import { backgroundText } from './text';

/** The background's alarm handler: shows the reminder once, then forgets it. */
export async function handleAlarm(alarm: { name: string }, today = todayIso()): Promise<void> {
  if (!alarm.name.startsWith(REMINDER_PREFIX)) return;
  const carrierId = alarm.name.slice(REMINDER_PREFIX.length);
  const reminder = await loadReminder(carrierId);
  await browser.storage.local.remove(reminderKey(carrierId));
  // A browser that was closed on the day rings late: once the date itself has passed, there is
  // nothing left to remind of.
  if (!reminder || reminder.date < today) return;
  // The user may have withdrawn the permission since; then there is nothing we may show.
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  // In the one UI language, as the extension pages speak it.
  const language = await resolveLanguage((await loadSettings()).language);
  const tag = language.replace('_', '-');
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: backgroundText('reminderNotificationTitle', language, reminder.carrierName),
    message: backgroundText('reminderNotificationText', language, reminder.carrierName, formatDate(reminder.date, tag)),
  });
}
