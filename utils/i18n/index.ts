/**
 * UI text. By default the browser's own i18n picks the language from _locales; when the user chose
 * a language in the options, that locale's messages (bundled as a lazy chunk) are used instead.
 */
import { browser } from 'wxt/browser';
import type { Localized } from '@/data/schema';
import { UI_LOCALES, type UiLocale } from '../engine/locales';

type Messages = Record<string, { message: string }>;

const bundles = import.meta.glob<string>('../../locales/*.json', { query: '?raw', import: 'default' });

let override: Messages | undefined;
let current: UiLocale = 'en';

/** Maps a browser language tag ("zh-CN", "fr-BE", "it") to one of our UI locales. */
export function toUiLocale(tag: string): UiLocale {
  const norm = tag.replace('-', '_');
  if (/^zh/i.test(norm)) return 'zh_CN';
  const base = norm.split('_')[0].toLowerCase();
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

export function fillPlaceholders(text: string, subs: (string | number)[]): string {
  return text.replace(/\$(\d)/g, (m, n: string) => (subs[Number(n) - 1] !== undefined ? String(subs[Number(n) - 1]) : m));
}

export async function setLanguage(choice: 'auto' | UiLocale): Promise<UiLocale> {
  if (choice === 'auto') {
    override = undefined;
    current = toUiLocale(browser.i18n.getUILanguage());
  } else {
    const load = bundles[`../../locales/${choice}.json`];
    override = load ? (JSON.parse(await load()) as Messages) : undefined;
    current = choice;
  }
  return current;
}

export function uiLocale(): UiLocale {
  return current;
}

/** BCP 47 tag of the current UI locale, for Intl and the lang attribute. */
export function uiLanguageTag(): string {
  return current.replace('_', '-');
}

export function t(key: string, ...subs: (string | number)[]): string {
  const text = override ? override[key]?.message : browser.i18n.getMessage(key as never, subs.map(String));
  if (!text) return key;
  return override ? fillPlaceholders(text, subs) : text;
}

/** A data text in the UI language, else English. */
export function pick(text: Localized | undefined, locale: UiLocale = current): string {
  if (!text) return '';
  return text[locale] ?? text.en;
}
