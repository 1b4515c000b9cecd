/** Locator hints per carrier and the multilingual phrases; the background hands them to page scripts. */
import type { Carrier } from '@/data/schema';
import keywords from '@/data/keywords.json';
import { allLanguages, type CarrierHints, type Phrases } from './locate';

const ids = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'id' });
const hints = import.meta.glob<Carrier['hints']>('../data/carriers/*.json', { eager: true, import: 'hints' });

const byId = new Map(Object.keys(ids).map((file) => [ids[file], hints[file]]));
const phrases = allLanguages(keywords);

export function phrasesAndHints(carrierId: string | undefined): { phrases: Phrases; hints?: CarrierHints } {
  const record = carrierId ? byId.get(carrierId) : undefined;
  return { phrases, hints: record && { account: record.account, cancel: [...record.end, ...record.renewal, ...record.delete] } };
}
