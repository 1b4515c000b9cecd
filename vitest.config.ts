import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { catalogPlugin } from './scripts/catalog';

export default defineConfig({
  plugins: [WxtVitest(), catalogPlugin()],
  define: { __SIM_EXIT_BENCH__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
