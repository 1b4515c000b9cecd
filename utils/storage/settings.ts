/**
 * User settings in storage.local under one key. Anything stored that is not valid (an old format, a
 * hand-edited value) falls back to the default for that field; other stored data is never touched.
 */
import { browser } from 'wxt/browser';
import { UI_LOCALES, type UiLocale } from '../engine/locales';

export interface Settings {
  /** Outline the account link and cancel action on carrier pages without being asked. */
  autoHighlight: boolean;
  /** 'auto' follows the browser's language. */
  language: 'auto' | UiLocale;
  /** Paint the top candidates of each action with their scores and reasons (for contributors). */
  debug: boolean;
}

export const DEFAULT_SETTINGS: Settings = { autoHighlight: true, language: 'auto', debug: false };
const KEY = 'settings';

/** Each field of `value` that is valid, else that field of `fallback` (the defaults unless given). */
export function parseSettings(value: unknown, fallback: Settings = DEFAULT_SETTINGS): Settings {
  const v = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return {
    autoHighlight: typeof v.autoHighlight === 'boolean' ? v.autoHighlight : fallback.autoHighlight,
    language: v.language === 'auto' || UI_LOCALES.includes(v.language as UiLocale) ? (v.language as Settings['language']) : fallback.language,
    debug: typeof v.debug === 'boolean' ? v.debug : fallback.debug,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored?.[KEY]);
  } catch {
    // Storage that cannot be read must not stop the extension: run on the defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves the valid fields of `change` over the current settings; invalid ones leave that field as it was. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...change }, current);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
