/**
 * The one carrier catalog, made at build time from data/ (validated first) and served to the
 * extension as virtual modules, so no part of the extension reads data files on its own:
 *
 *   virtual:sim-exit/summaries  names, aliases, countries, kinds, hosts: bundled (lookup, badge)
 *   virtual:sim-exit/hosts      host → carrier id (background)
 *   virtual:sim-exit/hints      locator hints per carrier (background hands them to the page)
 *   virtual:sim-exit/records    lazy loaders: one chunk per carrier guide and per country
 *   virtual:sim-exit/letters    letter templates per language (letter page)
 *
 * It also normalises what the schema allows in two forms (aliases with or without a source become
 * plain names) and derives Traditional Chinese (zh_TW) from Simplified wherever a text has none.
 */
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';
import type { Carrier, Country, EsimRemoval, LetterTemplate } from '../data/schema';
import { formatProblems, validateData } from './validate-data';

const PREFIX = 'virtual:sim-exit/';
const RESOLVED = '\0' + PREFIX;

export interface CountrySummary {
  code: string;
  eu: boolean;
  languages: string[];
  aliases: string[];
}

export interface CarrierSummary {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  kind: Carrier['kind'];
  endsBy: Carrier['endsBy'];
  hosts: string[];
}

/** A carrier as the extension ships it: aliases are plain names. */
export type CatalogCarrier = Omit<Carrier, 'aliases'> & { aliases: string[] };

export interface Catalog {
  carriers: CatalogCarrier[];
  countries: Country[];
  letters: Record<string, LetterTemplate>;
  esimRemoval: EsimRemoval;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** Fills zh_TW from zh_CN in every localised text (an object with both `en` and `zh_CN`). */
function withTraditional<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withTraditional) as T;
  if (!value || typeof value !== 'object') return value;
  const obj = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTraditional(v)])) as Record<string, unknown>;
  if (typeof obj.en === 'string' && typeof obj.zh_CN === 'string' && obj.zh_TW === undefined) obj.zh_TW = toTraditional(obj.zh_CN);
  return obj as T;
}

export function buildCatalog(dir?: string): Catalog {
  const { problems, data } = validateData(dir);
  if (problems.length) throw new Error(`data/ is invalid:\n${formatProblems(problems)}`);
  const esimRemoval = data.esimRemoval;
  if (!esimRemoval) throw new Error('data/esim-removal.json is missing');
  const letters: Record<string, LetterTemplate> = { ...data.letters };
  if (!letters.zh_TW && letters.zh_CN)
    letters.zh_TW = Object.fromEntries(Object.entries(letters.zh_CN).map(([k, v]) => [k, toTraditional(v)])) as LetterTemplate;
  return {
    carriers: data.carriers.map(({ record }) => withTraditional({ ...record, aliases: record.aliases.map((a) => (typeof a === 'string' ? a : a.name)) })),
    countries: data.countries.map(({ record }) => withTraditional(record)),
    letters,
    esimRemoval: withTraditional(esimRemoval),
  };
}

export function summaries(catalog: Catalog): CarrierSummary[] {
  return catalog.carriers.map((c) => ({
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    country: c.country,
    kind: c.kind,
    endsBy: c.endsBy,
    hosts: c.hosts.map((h) => h.host),
  }));
}

const json = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

function moduleCode(catalog: Catalog, name: string): string | undefined {
  if (name === 'summaries') {
    const countries: CountrySummary[] = catalog.countries.map((c) => ({ code: c.code, eu: c.eu, languages: c.languages, aliases: c.aliases }));
    const members = catalog.countries.find((c) => c.code === 'EU')?.members?.codes ?? [];
    return [json(summaries(catalog)), `export const countries = ${JSON.stringify(countries)};`, `export const euMembers = ${JSON.stringify(members)};`].join(
      '\n',
    );
  }
  if (name === 'hosts') return json(catalog.carriers.flatMap((c) => c.hosts.map(({ host }) => ({ host, id: c.id }))));
  if (name === 'hints') return json(Object.fromEntries(catalog.carriers.map((c) => [c.id, c.hints])));
  if (name === 'letters') return json(catalog.letters);
  if (name === 'records') {
    const loaders = (kind: string, ids: string[]) =>
      `{${ids.map((id) => `${JSON.stringify(id)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${id}`)}).then((m) => m.default)`).join(',')}}`;
    return [
      `export const carriers = ${loaders(
        'carrier',
        catalog.carriers.map((c) => c.id),
      )};`,
      `export const countries = ${loaders(
        'country',
        catalog.countries.map((c) => c.code),
      )};`,
      `export const esimRemoval = () => import(${JSON.stringify(`${PREFIX}esim-removal`)}).then((m) => m.default);`,
    ].join('\n');
  }
  if (name === 'esim-removal') return json(catalog.esimRemoval);
  const [kind, id] = name.split('/');
  if (kind === 'carrier') {
    const record = catalog.carriers.find((c) => c.id === id);
    return record && json(record);
  }
  if (kind === 'country') {
    const record = catalog.countries.find((c) => c.code === id);
    return record && json(record);
  }
  return undefined;
}

/** The Vite plugin that serves the catalog; the build and the unit tests both use it. */
export function catalogPlugin(dir?: string): Plugin {
  let catalog: Catalog | undefined;
  return {
    name: 'sim-exit-catalog',
    buildStart() {
      catalog = undefined;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      catalog ??= buildCatalog(dir);
      const code = moduleCode(catalog, id.slice(RESOLVED.length));
      if (code === undefined) throw new Error(`unknown catalog module ${id.slice(1)}`);
      return code;
    },
  };
}
