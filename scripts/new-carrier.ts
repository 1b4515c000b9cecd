/**
 * `npm run new:carrier <id> <country>`: writes a record skeleton (data/carriers/<id>.json) and a
 * fixture page (tests/fixtures/carriers/<id>.html), then prints what check:data still asks for.
 * Nothing in the skeleton is a fact: every field that needs a source is left for the contributor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems, validateData } from './validate-data';

export function carrierSkeleton(id: string, country: string, languages: string[]) {
  return {
    id,
    name: '',
    aliases: [],
    country,
    kind: 'operator',
    languages: languages.length ? languages : ['en'],
    endsBy: ['end'],
    hosts: [],
    methods: [],
    hints: { account: [], end: [], renewal: [], delete: [] },
    unverified: ['hosts', 'accountUrl', 'cancelPage', 'online', 'phone', 'letter', 'email', 'steps', 'notice', 'fees'],
    sources: [],
  };
}

export function fixtureSkeleton(id: string, lang: string): string {
  return `<!doctype html>
<!-- Wording from: (the carrier pages whose words the two targets below use) -->
<html lang="${lang}" data-carrier="${id}">
<head><meta charset="utf-8"><title>${id}</title></head>
<body>
  <header><nav><a href="/account/" data-expect="account">(the carrier's own name for its account area)</a></nav></header>
  <main>
    <h1>(the carrier's products page)</h1>
    <a href="/account/cancel" data-expect="end">(the carrier's own words for ending the contract)</a>
  </main>
  <div id="cookie-banner" role="region" aria-label="cookies"><button>OK</button><button>Cancel</button></div>
  <div role="dialog" aria-modal="true"><button>Cancel</button></div>
  <footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
`;
}

function main(argv: string[]) {
  const [id, country] = argv.filter((a) => a !== '--');
  if (!id || !/^[a-z0-9-]+$/.test(id) || !country || !/^([A-Z]{2}|global)$/.test(country)) {
    console.error('usage: npm run new:carrier <id> <country>   (id: lowercase-dashed, country: ISO code like FR, or "global")');
    process.exit(2);
  }
  const record = resolve('data/carriers', `${id}.json`);
  const fixture = resolve('tests/fixtures/carriers', `${id}.html`);
  for (const path of [record, fixture])
    if (existsSync(path)) {
      console.error(`${path} exists already; nothing written`);
      process.exit(1);
    }
  const countryFile = resolve('data/countries', `${country}.json`);
  const languages: string[] = existsSync(countryFile) ? (JSON.parse(readFileSync(countryFile, 'utf8')).languages ?? []) : [];
  writeFileSync(record, JSON.stringify(carrierSkeleton(id, country, languages), null, 2) + '\n');
  writeFileSync(fixture, fixtureSkeleton(id, languages[0] ?? 'en'));
  console.log(`wrote data/carriers/${id}.json and tests/fixtures/carriers/${id}.html`);
  const problems = validateData().problems.filter((p) => p.file === `data/carriers/${id}.json` || (!existsSync(countryFile) && p.message.includes(country)));
  console.log(problems.length ? `\ncheck:data still asks for:\n${formatProblems(problems)}` : '\ncheck:data has nothing more to ask.');
  if (!existsSync(countryFile)) console.log(`\nThere is no data/countries/${country}.json yet: add the country record (rules, notes, languages) too.`);
  console.log(
    "\nThen: fill in each fact with its source (data/schema.ts explains every field), take the fixture wording from the carrier's own pages, and run npm test.",
  );
}

if (import.meta.url.endsWith('/scripts/new-carrier.ts') && !process.env.VITEST) main(process.argv.slice(2));
