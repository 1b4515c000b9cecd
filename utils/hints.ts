/** Locator hints per carrier and the multilingual phrases, bundled for the content script only. */
import type { Carrier } from '@/data/schema';
import keywords from '@/data/keywords.json';
import { allLanguages } from './locate';

const ids = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'id' });
const hints = import.meta.glob<Carrier['hints']>('../data/carriers/*.json', { eager: true, import: 'hints' });

const byId = new Map(Object.keys(ids).map((file) => [ids[file], hints[file]]));

export const phrases = allLanguages(keywords);

export function hintsFor(carrierId: string): Carrier['hints'] | undefined {
  return byId.get(carrierId);
}
