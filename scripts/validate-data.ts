/**
 * Validates every record under data/ against data/schema.ts plus the cross-record rules the schema
 * cannot express (source ids resolve, hosts unique, languages present). Used by the unit tests and
 * by the build (wxt.config.ts), so an invalid record fails both with the file and field named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type z } from 'zod';
import { DERIVED_LOCALES } from '../utils/engine/locales';
import { letterRequires } from '../utils/engine/rules';
import { fold } from '../utils/engine/text';
import {
  ACTIONS,
  Carrier,
  Country,
  EsimRemoval,
  Keywords,
  LETTER_PLACEHOLDERS,
  LetterTemplate,
  Localized,
  PART_FOR_REQUIREMENT,
  UI_LOCALES,
} from '../data/schema';

export interface DataProblem {
  file: string;
  field: string;
  message: string;
}

export interface LoadedData {
  carriers: { file: string; record: Carrier }[];
  countries: { file: string; record: Country }[];
  letters: Record<string, LetterTemplate>;
  esimRemoval?: EsimRemoval;
}

const dataDir = resolve('data');

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

function parseFile<T>(schema: z.ZodType<T>, file: string, root: string, problems: DataProblem[]): T | undefined {
  const rel = relative(root, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file: rel, field: '(file)', message: `not readable JSON: ${(e as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: rel, field: fieldPath(issue.path) || '(record)', message: issue.message });
    return undefined;
  }
  return result.data;
}

/** Walks an object and yields [path, value] for every value that has a `src` array. */
function* factsWithSources(value: unknown, path: string): Generator<[string, string[]]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* factsWithSources(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (Array.isArray(obj.src)) yield [path, obj.src as string[]];
    for (const [k, v] of Object.entries(obj)) if (k !== 'src' && k !== 'sources') yield* factsWithSources(v, path ? `${path}.${k}` : k);
  }
}

/** Walks an object and yields [path, value] for every localised text. */
function* localizedTexts(value: unknown, path: string): Generator<[string, Localized]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* localizedTexts(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    if (Localized.safeParse(value).success) yield [path, value as Localized];
    else for (const [k, v] of Object.entries(value)) yield* localizedTexts(v, path ? `${path}.${k}` : k);
  }
}

function checkSources(rel: string, record: { sources: { id: string }[] }, problems: DataProblem[]) {
  const ids = new Set<string>();
  record.sources.forEach((s, i) => {
    if (ids.has(s.id)) problems.push({ file: rel, field: `sources[${i}].id`, message: `source id "${s.id}" is used twice` });
    ids.add(s.id);
  });
  const used = new Set<string>();
  for (const [path, refs] of factsWithSources(record, '')) {
    refs.forEach((ref, i) => {
      used.add(ref);
      if (!ids.has(ref)) problems.push({ file: rel, field: `${path}.src[${i}]`, message: `no source with id "${ref}" in "sources"` });
    });
  }
  record.sources.forEach((s, i) => {
    if (!used.has(s.id)) problems.push({ file: rel, field: `sources[${i}]`, message: `source "${s.id}" backs no fact` });
  });
}

function checkCarrier(rel: string, c: Carrier, countries: Map<string, Country>, problems: DataProblem[]) {
  checkSources(rel, c, problems);
  if (!rel.endsWith(`/${c.id}.json`)) problems.push({ file: rel, field: 'id', message: `id "${c.id}" must match the file name` });
  const country = countries.get(c.country);
  if (c.country !== 'global' && !country)
    problems.push({ file: rel, field: 'country', message: `no record data/countries/${c.country}.json for country "${c.country}"` });
  // Steps speak the carrier's own languages where its country writes them (a Belgian carrier: nl and fr).
  const need = c.languages.filter((l) => l !== 'en' && (country?.languages.includes(l) ?? false));
  c.steps?.items.forEach((step, i) => {
    for (const lang of need)
      if (!step[lang as keyof Localized])
        problems.push({ file: rel, field: `steps.items[${i}].${lang}`, message: `steps need the carrier's language "${lang}"` });
  });
  const kinds = new Set(c.methods.map((m) => m.kind));
  for (const field of c.unverified) {
    const value = (c as Record<string, unknown>)[field];
    const present = kinds.has(field as never) || (Array.isArray(value) ? value.length > 0 : value !== undefined);
    if (present) problems.push({ file: rel, field: `unverified`, message: `"${field}" is marked unverified but the record has it` });
  }
  if (!c.hosts.length && !c.unverified.includes('hosts'))
    problems.push({ file: rel, field: 'hosts', message: 'at least one sourced host, or "hosts" listed in unverified' });
  // What ends the plan: empty only for plans that simply run out (they never renew); "renewal" only
  // where plans do renew (or that is still unconfirmed).
  if (!c.endsBy.length && c.autoRenew?.renews !== false)
    problems.push({
      file: rel,
      field: 'endsBy',
      message: "name the action that ends this carrier's plans; leave it empty only when its plans never renew (autoRenew.renews false)",
    });
  if (c.endsBy.includes('renewal') && c.autoRenew?.renews === false)
    problems.push({ file: rel, field: 'endsBy', message: '"renewal" ends nothing here: autoRenew.renews is false, so its plans never renew' });
  if (c.kind === 'travel-esim' && !c.autoRenew && !c.unverified.includes('autoRenew'))
    problems.push({ file: rel, field: 'autoRenew', message: 'a travel eSIM says whether plans renew, or marks "autoRenew" unverified' });
  for (const [path, text] of localizedTexts(c, ''))
    for (const lang of Object.keys(text))
      if (!text[lang as keyof Localized]?.trim()) problems.push({ file: rel, field: `${path}.${lang}`, message: 'empty text' });
}

export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function validateData(dir = dataDir): { problems: DataProblem[]; data: LoadedData } {
  const root = join(dir, '..');
  const problems: DataProblem[] = [];
  const data: LoadedData = { carriers: [], countries: [], letters: {} };
  const hostOwner = new Map<string, string>();
  for (const file of jsonFiles(join(dir, 'countries'))) {
    const record = parseFile(Country, file, root, problems);
    if (!record) continue;
    const rel = relative(root, file);
    checkSources(rel, record, problems);
    if (!rel.endsWith(`/${record.code}.json`)) problems.push({ file: rel, field: 'code', message: `code "${record.code}" must match the file name` });
    data.countries.push({ file: rel, record });
  }
  const countries = new Map(data.countries.map(({ record }) => [record.code, record]));
  for (const file of jsonFiles(join(dir, 'carriers'))) {
    const record = parseFile(Carrier, file, root, problems);
    if (!record) continue;
    const rel = relative(root, file);
    checkCarrier(rel, record, countries, problems);
    record.hosts.forEach(({ host }, i) => {
      const owner = hostOwner.get(host);
      if (owner) problems.push({ file: rel, field: `hosts[${i}].host`, message: `host "${host}" is already claimed by ${owner}` });
      else hostOwner.set(`${host}`, `${record.id} (${record.country})`);
    });
    data.carriers.push({ file: rel, record });
  }
  const esim = parseFile(EsimRemoval, join(dir, 'esim-removal.json'), root, problems);
  if (esim) checkSources('data/esim-removal.json', esim, problems);
  data.esimRemoval = esim;
  const keywords = parseFile(Keywords, join(dir, 'keywords.json'), root, problems);
  if (keywords) checkHintsAgainstNegatives(data, keywords, problems);
  for (const file of jsonFiles(join(dir, 'letters'))) {
    const template = parseFile(LetterTemplate, file, root, problems);
    const lang = file.replace(/^.*\/|\.json$/g, '');
    if (template) data.letters[lang] = template as LetterTemplate;
  }
  checkLetters(data, problems);
  return { problems, data };
}

/**
 * A translation that drops a placeholder would silently lose the user's data from the letter; a
 * country whose letters must carry something needs that part in each of its languages.
 */
function checkLetters(data: LoadedData, problems: DataProblem[]) {
  const file = (lang: string) => `data/letters/${lang}.json`;
  for (const [lang, template] of Object.entries(data.letters))
    for (const [part, allowed] of Object.entries(LETTER_PLACEHOLDERS)) {
      const text = template[part as keyof LetterTemplate];
      if (text === undefined) continue;
      const used = new Set([...text.matchAll(/\{(\w*)\}/g)].map((m) => m[1]));
      for (const name of allowed) if (!used.has(name)) problems.push({ file: file(lang), field: part, message: `the placeholder {${name}} is missing` });
    }
  for (const lang of UI_LOCALES)
    if (!data.letters[lang] && !data.letters[DERIVED_LOCALES[lang] ?? lang])
      problems.push({ file: file(lang), field: '(file)', message: `UI language "${lang}" has no letter template for the translation` });
  for (const { file: rel, record } of data.countries) {
    const required = letterRequires([record]);
    record.languages.forEach((lang, i) => {
      const template = data.letters[lang];
      if (!template) {
        problems.push({ file: rel, field: `languages[${i}]`, message: `no letter template data/letters/${lang}.json for language "${lang}"` });
        return;
      }
      for (const need of required)
        if (!template[PART_FOR_REQUIREMENT[need]])
          problems.push({
            file: file(lang),
            field: PART_FOR_REQUIREMENT[need],
            message: `${record.code} letters must carry "${need}", but this template has no "${PART_FOR_REQUIREMENT[need]}"`,
          });
    });
  }
}

/**
 * A carrier hint that is itself a generic or negative phrase ("Cancel", "Log out", "Refund Policy")
 * would teach the locator to pick exactly what it must never pick.
 */
function checkHintsAgainstNegatives(data: LoadedData, keywords: Keywords, problems: DataProblem[]) {
  const negatives = new Map<string, string>();
  for (const [kind, languages] of Object.entries(keywords.negative)) for (const phrase of Object.values(languages).flat()) negatives.set(fold(phrase), kind);
  for (const { file, record } of data.carriers)
    for (const action of ACTIONS)
      record.hints[action].forEach((hint, i) => {
        const kind = negatives.get(fold(hint));
        if (kind)
          problems.push({
            file,
            field: `hints.${action}[${i}]`,
            message: `"${hint}" is a ${kind} phrase in data/keywords.json, never a carrier's own wording for this action`,
          });
      });
}

export function formatProblems(problems: DataProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
