/**
 * The few UI strings the background hands out (overlay labels, reminder notifications), in the one
 * resolved UI language. Only these keys are bundled from each locale file, not whole files.
 */
import { fillPlaceholders, type UiLocale } from '../engine/locales';
import type { Target } from '../engine/messages';

type Entry = { message: string } | undefined;

const tables = {
  overlayAccount: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'overlayAccount' }),
  overlayEnd: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'overlayEnd' }),
  overlayRenewal: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'overlayRenewal' }),
  overlayDelete: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'overlayDelete' }),
  reminderNotificationTitle: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'reminderNotificationTitle' }),
  reminderNotificationText: import.meta.glob<Entry>('../../locales/*.json', { eager: true, import: 'reminderNotificationText' }),
};

export type BackgroundTextKey = keyof typeof tables;

export function backgroundText(key: BackgroundTextKey, locale: UiLocale, ...subs: string[]): string {
  const text = tables[key][`../../locales/${locale}.json`]?.message ?? tables[key]['../../locales/en.json']?.message ?? key;
  return fillPlaceholders(text, subs);
}

export function overlayLabels(locale: UiLocale): Record<Target, string> {
  return {
    account: backgroundText('overlayAccount', locale),
    end: backgroundText('overlayEnd', locale),
    renewal: backgroundText('overlayRenewal', locale),
    delete: backgroundText('overlayDelete', locale),
  };
}
