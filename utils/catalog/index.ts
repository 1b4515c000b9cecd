/**
 * The carrier catalog as the extension ships it (generated at build time by scripts/catalog.ts).
 * Summaries are bundled; each full guide and each country is its own chunk, loaded when shown.
 */
import type { Country, EsimRemoval, LetterTemplates } from '@/data/schema';
import type { CarrierSummary, CatalogCarrier, CountrySummary } from '@/scripts/catalog';
import summaries, { countries as countryList, euMembers } from 'virtual:sim-exit/summaries';
import { carriers, countries, esimRemoval } from 'virtual:sim-exit/records';
import { ruleChain } from '@/utils/engine/countries';

export type { CarrierSummary, CountrySummary };
export const countrySummaries: readonly CountrySummary[] = countryList;
const members: ReadonlySet<string> = new Set(euMembers);
/** A carrier's full record as the guide shows it. */
export type Carrier = CatalogCarrier;

export const carrierSummaries: readonly CarrierSummary[] = summaries;

export function carrierSummary(id: string): CarrierSummary | undefined {
  return carrierSummaries.find((c) => c.id === id);
}

export async function loadCarrier(id: string): Promise<Carrier | undefined> {
  return Object.hasOwn(carriers, id) ? carriers[id]() : undefined;
}

/** Countries that have a record of their own (legal notes and rules), plus "EU". */
export const countryCodesWithRecords: readonly string[] = Object.keys(countries);

export async function loadCountry(code: string): Promise<Country | undefined> {
  return Object.hasOwn(countries, code) ? countries[code]() : undefined;
}

/** The country records whose rules apply to a carrier or country, in the order they apply. */
export async function loadCountriesFor(code: string): Promise<Country[]> {
  const loaded = await Promise.all(ruleChain(code, members).map(loadCountry));
  return loaded.filter((c): c is Country => !!c);
}

export function loadEsimRemoval(): Promise<EsimRemoval> {
  return esimRemoval();
}

export type { LetterTemplates };
