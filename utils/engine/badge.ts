/** What the toolbar icon shows for a tab on a carrier's site. */
import type { CarrierSummary } from '@/scripts/catalog';

export const BADGE_COLOR = '#0b7a5a';

export function badgeText(carrier: Pick<CarrierSummary, 'country' | 'kind'>): string {
  return carrier.kind === 'travel-esim' ? 'eSIM' : carrier.country;
}
