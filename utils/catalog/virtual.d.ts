/** The catalog's virtual modules (scripts/catalog.ts makes them from data/ at build time). */
declare module 'virtual:sim-exit/summaries' {
  const summaries: import('../../scripts/catalog').CarrierSummary[];
  export default summaries;
  export const countries: import('../../scripts/catalog').CountrySummary[];
  export const euMembers: string[];
}
declare module 'virtual:sim-exit/hosts' {
  const hosts: { host: string; id: string }[];
  export default hosts;
}
declare module 'virtual:sim-exit/hints' {
  const hints: Record<string, import('../../data/schema').Carrier['hints']>;
  export default hints;
}
declare module 'virtual:sim-exit/letters' {
  const letters: Record<string, import('../../data/schema').LetterTemplate>;
  export default letters;
}
declare module 'virtual:sim-exit/records' {
  export const carriers: Record<string, () => Promise<import('../../scripts/catalog').CatalogCarrier>>;
  export const countries: Record<string, () => Promise<import('../../data/schema').Country>>;
  export const esimRemoval: () => Promise<import('../../data/schema').EsimRemoval>;
}
