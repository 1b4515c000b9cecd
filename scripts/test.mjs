// `npm test`: data check, unit tests, a fresh build, then end-to-end tests against that build.
import { spawnSync } from 'node:child_process';

const steps = [
  ['data', 'npx', ['vite-node', 'scripts/check-data.ts']],
  ['types', 'npx', ['tsc', '--noEmit']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['wxt', 'build']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
