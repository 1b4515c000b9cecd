/** Names and labels the views show, in the UI language. */
import type { Carrier } from '@/data/schema';
import { t, uiLanguageTag } from './index';

/** "Operator", "Virtual operator (MVNO)", "Travel eSIM" in the UI language. */
export function kindLabel(kind: Carrier['kind']): string {
  return t(`kind_${kind.replace('-', '_')}`);
}

export function countryName(code: string): string {
  if (code === 'global') return t('globalCountry');
  return new Intl.DisplayNames([uiLanguageTag()], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/**
 * A calendar date ('YYYY-MM-DD') written out for people, in the UI language by default ("9 April
 * 2026", "2026年4月9日"). UTC on both sides, so no time zone moves the day. Views keep the ISO date in
 * <time dateTime> for machines.
 */
export function formatDate(iso: string, languageTag: string = uiLanguageTag()): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
