// Lint rules: typescript-eslint's recommended set, the hooks rules that fit Preact, and the import
// boundaries of utils/ (each folder's README says who may import it; tests/unit/architecture.test.ts
// checks the same boundaries and that there are no import cycles).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const engineBoundary = {
  paths: [
    { name: 'wxt/browser', message: 'The engine is pure: no browser APIs.' },
    { name: 'webextension-polyfill', message: 'The engine is pure: no browser APIs.' },
  ],
  patterns: [
    {
      group: ['@/utils/*/**', '!@/utils/engine/**', '../*', '!../engine/*'],
      message: 'The engine imports only the engine (and types).',
      allowTypeImports: true,
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-bench/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // The text folding strips control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['utils/**/*.ts', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never innerHTML: page-derived strings must not become markup.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never outerHTML.' },
      ],
    },
  },
  { files: ['utils/engine/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', engineBoundary] } },
  {
    files: ['utils/in-page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['preact', 'preact/*', '@/components/*', 'webextension-polyfill'], message: 'Page scripts stay small: no Preact, no polyfill.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Functions the bench hands to page.evaluate run inside the browser page.
    files: ['scripts/bench.mjs', 'scripts/bench/**'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', MutationObserver: 'readonly', performance: 'readonly' } },
  },
);
