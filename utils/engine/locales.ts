/** The languages the UI speaks: English and Simplified Chinese first, then the carriers' languages. */
export const UI_LOCALES = ['en', 'zh_CN', 'it', 'fr', 'nl', 'de'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
