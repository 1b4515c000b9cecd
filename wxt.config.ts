import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogPlugin } from './scripts/catalog';
import { formatProblems, validateData } from './scripts/validate-data';
import { matchPatterns } from './utils/engine/match';

const BENCH = process.env.SIM_EXIT_BENCH === '1';

/** locales/<lang>.json is the one place UI text lives; the browser reads it as _locales/<lang>/messages.json. */
function localeAssets() {
  return readdirSync('locales')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ relativeDest: `_locales/${f.replace('.json', '')}/messages.json`, contents: readFileSync(`locales/${f}`, 'utf8') }));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Exactly what the code calls (tests/e2e/manifest.e2e.ts checks this against the source).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // Asked for only when the user turns a reminder on.
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extName__' },
    // Firefox only: a fixed add-on id (storage survives reinstalls) and the declaration that SIM Exit
    // collects no data, which addons-linter asks for.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: '{a1b92a94-4ea2-46be-80c3-69e808ae73fa}', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
  // Auto-imports off: every name is imported where it is used.
  imports: false,
  // `npm run bench` builds a copy with timing marks (utils/in-page/bench.ts) into its own folder.
  ...(BENCH && { outDir: '.output-bench' }),
  vite: () => ({ plugins: [preact(), catalogPlugin()], define: { __SIM_EXIT_BENCH__: JSON.stringify(BENCH) } }),
  hooks: {
    // Scripts injected into web pages use the browsers' native promise APIs instead of the polyfill,
    // and the carrier content script a small context of its own instead of WXT's (both for size).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const own = (file: string) => fileURLToPath(new URL(`./utils/in-page/${file}`, import.meta.url));
      config.resolve ??= {};
      const existing = config.resolve.alias ?? {};
      const list = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: own('browser-lite.ts') },
        { find: /^wxt\/utils\/content-script-context$/, replacement: own('content-script-context.ts') },
        ...list,
      ];
      // WXT's start-up wrapper catches a crash, logs it through a logger that prints nothing in a
      // production build, and throws it again; the logger's object and message would still ship in
      // every page. Production builds leave out the catch (the crash rejects all the same);
      // development builds keep the log.
      let production = false;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'sim-exit:no-silent-logger',
          configResolved: (resolved: { mode: string }) => void (production = resolved.mode === 'production'),
          transform: (code: string, id: string) =>
            production && id.includes('content-script-isolated-world-entrypoint')
              ? code.replace(/catch \(err\) \{\s*logger\.error\([^;]*\);\s*throw err;\s*\}/, 'finally {}')
              : undefined,
        },
      ];
    },
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...localeAssets());
    },
    // An invalid record must stop the build with its file and field named.
    'build:before': () => {
      const { problems } = validateData();
      if (problems.length) throw new Error(`data/ is invalid:\n${formatProblems(problems)}`);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      const hosts = validateData().data.carriers.flatMap((c) => c.record.hosts.map((h) => h.host));
      for (const script of manifest.content_scripts ?? []) if (script.js?.includes('content-scripts/carrier.js')) script.matches = matchPatterns(hosts);
    },
  },
});
