/**
 * User settings in storage.local under one key. Anything stored that is not valid (an old format, a
 * hand-edited value) falls back to the default for that field; other stored data is never touched.
 */
import { browser } from 'wxt/browser';
import { UI_LOCALES, type UiLocale } from './locales';

export interface Settings {
  /** Outline the account link and cancel action on carrier pages without being asked. */
  autoHighlight: boolean;
  /** 'auto' follows the browser's language. */
  language: 'auto' | UiLocale;
}

export const DEFAULT_SETTINGS: Settings = { autoHighlight: true, language: 'auto' };
const KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    autoHighlight: typeof v.autoHighlight === 'boolean' ? v.autoHighlight : DEFAULT_SETTINGS.autoHighlight,
    language: v.language === 'auto' || UI_LOCALES.includes(v.language as UiLocale) ? (v.language as Settings['language']) : DEFAULT_SETTINGS.language,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
