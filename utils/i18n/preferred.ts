/**
 * The user's languages as the browser reports them, most preferred first: the page languages
 * (navigator.languages, i18n.getAcceptLanguages), then the browser's own UI language. The UI language
 * comes last because browsers without a language pack for "fr-BE" run their interface in English.
 */
import { browser } from 'wxt/browser';
import { resolveUiLocale, type UiLocale } from '../engine/locales';

export async function browserLanguages(): Promise<string[]> {
  const fromNavigator = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  let accept: string[] = [];
  try {
    accept = await browser.i18n.getAcceptLanguages();
  } catch {
    // Not every browser (or test double) answers; navigator and the UI language still do.
  }
  return [...fromNavigator, ...accept, browser.i18n.getUILanguage()].filter((tag): tag is string => typeof tag === 'string' && tag !== '');
}

/** The one UI language for the options' choice (see resolveUiLocale). */
export async function resolveLanguage(choice: 'auto' | UiLocale): Promise<UiLocale> {
  return resolveUiLocale(choice, await browserLanguages());
}
