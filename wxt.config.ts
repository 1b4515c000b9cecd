import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync, readdirSync } from 'node:fs';
import { formatProblems, validateData } from './scripts/validate-data';

/** locales/<lang>.json is the one place UI text lives; the browser reads it as _locales/<lang>/messages.json. */
function localeAssets() {
  return readdirSync('locales')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ relativeDest: `_locales/${f.replace('.json', '')}/messages.json`, contents: readFileSync(`locales/${f}`, 'utf8') }));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...localeAssets());
    },
    // An invalid record must stop the build with its file and field named.
    'build:before': () => {
      const { problems } = validateData();
      if (problems.length) throw new Error(`data/ is invalid:\n${formatProblems(problems)}`);
    },
  },
});
