/**
 * UI text in the one resolved language (the options' choice, else the browser's preferred languages:
 * see utils/engine/locales.ts). Its messages come from our own locale bundle (a lazy chunk), never from
 * browser.i18n.getMessage, which follows the browser's interface language and may differ.
 */
import type { Localized } from '@/data/schema';
import { DERIVED_LOCALES, fillPlaceholders, resolveUiLocale, type UiLocale } from '../engine/locales';
import { resolveLanguage } from './preferred';

type Messages = Record<string, { message: string }>;

const bundles = import.meta.glob<string>('../../locales/*.json', { query: '?raw', import: 'default' });

let messages: Messages = {};
let current: UiLocale = 'en';

/**
 * Starts loading the messages of `locale` before it is certain to be the one (the settings are still
 * being read); setLanguage then finds them loaded or on their way.
 */
export function preloadLanguage(locale: UiLocale): void {
  void bundles[`../../locales/${locale}.json`]?.().catch(() => undefined);
}

/** `languages`: the browser's languages, when the caller already asked for them (browserLanguages). */
export async function setLanguage(choice: 'auto' | UiLocale, languages?: Promise<string[]>): Promise<UiLocale> {
  const locale = languages ? resolveUiLocale(choice, await languages) : await resolveLanguage(choice);
  const load = bundles[`../../locales/${locale}.json`];
  messages = load ? (JSON.parse(await load()) as Messages) : {};
  current = locale;
  return current;
}

export function uiLocale(): UiLocale {
  return current;
}

/** BCP 47 tag of the current UI locale, for Intl and the lang attribute. */
export function uiLanguageTag(): string {
  return current.replace('_', '-');
}

/** The message for `key` in the UI language; the key itself until setLanguage has run (never another language). */
export function t(key: string, ...subs: (string | number)[]): string {
  const text = messages[key]?.message;
  return text ? fillPlaceholders(text, subs) : key;
}

/** A data text in the UI language, else the one it is derived from (zh_TW ← zh_CN), else English. */
export function pick(text: Localized | undefined, locale: UiLocale = current): string {
  if (!text) return '';
  const derived = DERIVED_LOCALES[locale];
  return text[locale] ?? (derived && text[derived]) ?? text.en;
}
