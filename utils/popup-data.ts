/** Country rules and the eSIM removal guide, loaded by the popup only when a guide needs them. */
import type { Country, EsimRemoval } from '@/data/schema';

const countryFiles = import.meta.glob<string>('../data/countries/*.json', { query: '?raw', import: 'default' });
const esimFile = import.meta.glob<string>('../data/esim-removal.json', { query: '?raw', import: 'default' });

export const countryCodesWithNotes: readonly string[] = Object.keys(countryFiles).map((f) => f.replace(/^.*\/(\w+)\.json$/, '$1'));

export async function loadCountry(code: string): Promise<Country | undefined> {
  const load = countryFiles[`../data/countries/${code}.json`];
  if (!load) return undefined;
  const raw = JSON.parse(await load()) as Country;
  return { ...raw, aliases: raw.aliases ?? [] };
}

export async function loadEsimRemoval(): Promise<EsimRemoval | undefined> {
  const load = Object.values(esimFile)[0];
  return load ? (JSON.parse(await load()) as EsimRemoval) : undefined;
}
