/** `npm run docs`: regenerates docs/carriers.md from data/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { carriersDoc } from './carriers-doc';
import { formatProblems, validateData } from './validate-data';

const { problems, data } = validateData();
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
mkdirSync('docs', { recursive: true });
writeFileSync('docs/carriers.md', carriersDoc(data));
console.log(`docs/carriers.md: ${data.carriers.length} carriers`);
