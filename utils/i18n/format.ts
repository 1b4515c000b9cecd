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
