/** What the toolbar icon shows for a tab on a carrier's site. */
import type { CarrierSummary } from '@/scripts/catalog';

/**
 * Orange on the icon's white tile, black text on it: the badge stands out (≥ 3:1) from the icon and
 * from light and dark toolbars, and its text reads (≥ 4.5:1). tests/unit/badge.test.ts measures it.
 */
export const BADGE_COLOR = '#e0560c';
export const BADGE_TEXT_COLOR = '#000000';

export function badgeText(carrier: Pick<CarrierSummary, 'country' | 'kind'>): string {
  return carrier.kind === 'travel-esim' ? 'eSIM' : carrier.country;
}
