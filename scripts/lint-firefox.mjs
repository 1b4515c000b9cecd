// Runs Mozilla's addons-linter on the Firefox build (.output/firefox-mv2). Fails on any error;
// warnings and notices are printed but allowed.
import { existsSync } from 'node:fs';
import linter from 'addons-linter';

const dir = process.argv[2] ?? '.output/firefox-mv2';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`${dir}/manifest.json not found: run \`npm run build:firefox\` first`);
  process.exit(1);
}

const result = await linter
  .createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  })
  .run();

const line = (kind, m) => `  ${kind} ${m.code}${m.file ? ` ${m.file}${m.line ? `:${m.line}` : ''}` : ''}: ${m.message}`;
for (const m of result.errors) console.log(line('error', m));
for (const m of result.warnings) console.log(line('warning', m));
for (const m of result.notices) console.log(line('notice', m));
const { errors, warnings, notices } = result.summary;
console.log(`addons-linter ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
