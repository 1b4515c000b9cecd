/** The languages the UI speaks: English and Simplified Chinese first, then the carriers' languages. */
export const UI_LOCALES = ['en', 'zh_CN', 'it', 'fr', 'nl', 'de', 'es', 'ja', 'zh_TW'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * UI languages whose data texts and letters are derived at build time from another (scripts/catalog.ts);
 * where a text has none, that other one stands in before English.
 */
export const DERIVED_LOCALES: Partial<Record<UiLocale, UiLocale>> = { zh_TW: 'zh_CN' };

/** Chinese written in Traditional characters: the Hant script, or a region that writes it. */
const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];

/**
 * One of our UI languages for a browser language tag ("fr-BE" → fr, "zh-HK" → zh_TW, "zh-SG" → zh_CN),
 * or undefined when we speak none that fits ("pt-BR").
 */
export function matchUiLocale(tag: string): UiLocale | undefined {
  const [language, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'zh') {
    const script = rest.find((s) => s.length === 4);
    if (script) return script === 'hant' ? 'zh_TW' : 'zh_CN';
    return rest.some((s) => TRADITIONAL_REGIONS.includes(s)) ? 'zh_TW' : 'zh_CN';
  }
  return (UI_LOCALES as readonly string[]).includes(language) ? (language as UiLocale) : undefined;
}

/**
 * The one UI language: the one chosen in the options, else the first of the browser's preferred
 * languages (most preferred first) that we speak, else English.
 */
export function resolveUiLocale(choice: 'auto' | UiLocale, preferred: readonly string[]): UiLocale {
  if (choice !== 'auto') return choice;
  for (const tag of preferred) {
    const locale = matchUiLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** Fills $1, $2 … as browser.i18n does; a placeholder without a value stays as it is. */
export function fillPlaceholders(text: string, subs: readonly (string | number)[]): string {
  return text.replace(/\$(\d)/g, (m, n: string) => (subs[Number(n) - 1] !== undefined ? String(subs[Number(n) - 1]) : m));
}
