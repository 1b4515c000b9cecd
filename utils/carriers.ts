/**
 * The carrier data as the extension ships it. The summary (names, hosts, countries) is bundled;
 * each full guide is its own chunk, loaded when the popup shows it, so the popup stays small.
 */
import type { Carrier } from '@/data/schema';

type Summary = Pick<Carrier, 'id' | 'name' | 'aliases' | 'country' | 'kind'>;

const ids = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'id' });
const names = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'name' });
const aliases = import.meta.glob<string[] | undefined>('../data/carriers/*.json', { eager: true, import: 'aliases' });
const countries = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'country' });
const kinds = import.meta.glob<Carrier['kind']>('../data/carriers/*.json', { eager: true, import: 'kind' });
const guides = import.meta.glob<string>('../data/carriers/*.json', { query: '?raw', import: 'default' });

export type CarrierSummary = Summary;

export const carrierSummaries: readonly CarrierSummary[] = Object.keys(ids).map((file) => ({
  id: ids[file],
  name: names[file],
  aliases: aliases[file] ?? [],
  country: countries[file],
  kind: kinds[file],
}));

export function carrierSummary(id: string): CarrierSummary | undefined {
  return carrierSummaries.find((c) => c.id === id);
}

export async function loadCarrier(id: string): Promise<Carrier | undefined> {
  const load = guides[`../data/carriers/${id}.json`];
  if (!load) return undefined;
  // Records are validated at build time; zod's defaults are filled in here without shipping zod.
  const raw = JSON.parse(await load()) as Carrier;
  return { ...raw, aliases: raw.aliases ?? [], unverified: raw.unverified ?? [] };
}
