/** Locator hints per carrier and the multilingual phrases; the background hands them to page scripts. */
import keywords from '@/data/keywords.json';
import hints from 'virtual:sim-exit/hints';
import { allLanguages, type CarrierHints, type Phrases } from '../engine/locate';

const phrases = allLanguages(keywords);

export function phrasesAndHints(carrierId: string | undefined): { phrases: Phrases; hints?: CarrierHints } {
  const record = carrierId && Object.hasOwn(hints, carrierId) ? hints[carrierId] : undefined;
  return { phrases, hints: record && { account: record.account, cancel: [...record.end, ...record.renewal, ...record.delete] } };
}
