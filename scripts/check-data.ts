/** `npm run check:data`: validates data/ and prints every problem with its file and field. */
import { formatProblems, validateData } from './validate-data';

const { problems, data } = validateData();
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`data OK: ${data.carriers.length} carriers, ${data.countries.length} countries`);
