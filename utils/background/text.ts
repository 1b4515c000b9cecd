/**
 * The few UI strings the background hands out (overlay labels, reminder notifications) in the
 * language chosen in the options. Only these keys are bundled from each locale file, not whole files.
 */
import { browser } from 'wxt/browser';
import { fillPlaceholders } from '../i18n/index';
import type { UiLocale } from '../engine/locales';
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

export function backgroundText(key: BackgroundTextKey, language: 'auto' | UiLocale, ...subs: string[]): string {
  const chosen = language === 'auto' ? undefined : tables[key][`../../locales/${language}.json`]?.message;
  return chosen ? fillPlaceholders(chosen, subs) : browser.i18n.getMessage(key as never, subs);
}

export function overlayLabels(language: 'auto' | UiLocale): Record<Target, string> {
  return {
    account: backgroundText('overlayAccount', language),
    end: backgroundText('overlayEnd', language),
    renewal: backgroundText('overlayRenewal', language),
    delete: backgroundText('overlayDelete', language),
  };
}
