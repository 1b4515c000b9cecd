/** Locator hints per carrier and the multilingual phrases; the background hands them to page scripts. */
import keywords from '@/data/keywords.json';
import hints from 'virtual:sim-exit/hints';
import { allLanguages, type CarrierHints, type Keywords, type Phrases } from '../engine/locate';

const phrases = allLanguages(keywords as Keywords);

import type { Action } from '../engine/actions';
import { ACTIONS } from '../engine/locate';
import { carrierSummary } from '../catalog';

export function phrasesAndHints(carrierId: string | undefined): { phrases: Phrases; hints?: CarrierHints; actions: Action[] } {
  const record = carrierId && Object.hasOwn(hints, carrierId) ? hints[carrierId] : undefined;
  const carrier = carrierId ? carrierSummary(carrierId) : undefined;
  // On a carrier's site: its account and what ends its plans, and "delete account" so that it is
  // recognised for what it is. Elsewhere (the finder): everything.
  const actions: Action[] = carrier ? ['account', ...carrier.endsBy, 'delete'] : [...ACTIONS];
  return { phrases, hints: record, actions };
}
