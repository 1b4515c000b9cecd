// `npm test`: data check, type check, unit tests, a fresh build, the Firefox build through Mozilla's
// addons-linter, then the end-to-end tests, each suite in Chromium against the Chrome build and in
// Firefox against the Firefox build (the toolbar-popup test starts its own Xvfb). Ends with one
// summary line over both vitest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const reports = ['test-results/unit.json', 'test-results/e2e.json'];
for (const r of reports) rmSync(r, { force: true });
const json = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

const steps = [
  ['data', 'npx', ['vite-node', 'scripts/check-data.ts']],
  ['types', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit', 'npx', ['vitest', 'run', ...json(reports[0])]],
  ['build', 'npx', ['wxt', 'build']],
  ['firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['addons-linter', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv2']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...json(reports[1])]],
];

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of reports.filter((f) => existsSync(f))) {
    const report = JSON.parse(readFileSync(r, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    summary();
    console.error(`✖ ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
summary();
