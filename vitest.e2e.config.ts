import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Chromium and in Firefox (tests/e2e/harness.ts): one
// browser per suite and browser, files one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
