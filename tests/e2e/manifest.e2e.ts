/**
 * The built manifests ask for exactly the permissions the code uses, and for no host access beyond
 * the carrier hosts in data/. Reads the build output (npm test builds before the e2e run).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../scripts/validate-data';
import { matchPatterns } from '../../utils/engine/match';

const hosts = validateData().data.carriers.flatMap((c) => c.record.hosts.map((h) => h.host));

/** Extension API namespace → the permission it needs (undefined: usable without one). */
const API_PERMISSION: Record<string, string | undefined> = {
  runtime: undefined,
  i18n: undefined,
  action: undefined,
  browserAction: undefined,
  // tabs.query / onUpdated / onRemoved / sendMessage work without "tabs" (which would add URLs and titles).
  tabs: undefined,
  storage: 'storage',
  scripting: 'scripting',
  alarms: 'alarms',
  notifications: 'notifications',
  // permissions.request / contains need no permission of their own.
  permissions: undefined,
};

/** Asked for at run time (utils/reminders.ts, when the user turns a reminder on), never at install. */
const OPTIONAL = ['notifications'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = ['entrypoints', 'components', 'utils']
  .flatMap(sources)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const apisUsed = new Set([...code.matchAll(/\b(?:browser|chrome)\.([a-zA-Z0-9]+)\b/g)].map((m) => m[1]));

/** Derived from the source: every API needing a permission, plus activeTab for executeScript on the current tab. */
function permissionsFromSource(): string[] {
  const needed = new Set<string>();
  for (const api of apisUsed) {
    expect(Object.keys(API_PERMISSION), `browser.${api} is used: add it to API_PERMISSION with the permission it needs`).toContain(api);
    const p = API_PERMISSION[api];
    if (p && !OPTIONAL.includes(p)) needed.add(p);
  }
  // The popup's "find on this page" injects finder.js into whatever site the tab shows: that needs the
  // user's click (activeTab), since there is no host permission beyond the carrier content script.
  if (/\bscripting\.executeScript\b/.test(code)) needed.add('activeTab');
  return [...needed].sort();
}

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
};

const builds = ['chrome-mv3', 'firefox-mv2'].map((dir) => [dir, resolve('.output', dir, 'manifest.json')] as const);

describe.each(builds)('%s manifest', (dir, file) => {
  const built = existsSync(file);
  const manifest = (): Manifest => JSON.parse(readFileSync(file, 'utf8'));

  it.runIf(dir === 'chrome-mv3' || built)('exists', () => expect(built, `${file}: run the build first`).toBe(true));

  it.runIf(built)('asks for exactly the permissions the code uses', () => {
    expect(apisUsed.size).toBeGreaterThan(3);
    expect([...(manifest().permissions ?? [])].sort()).toEqual(permissionsFromSource());
    expect(manifest().optional_permissions ?? []).toEqual(OPTIONAL.filter((p) => apisUsed.has(p)));
  });

  it.runIf(built)('has no host access beyond carrier hosts: no host permissions, no <all_urls>', () => {
    const m = manifest();
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    // MV2 keeps host patterns inside "permissions": none there either.
    expect((m.permissions ?? []).filter((p) => p.includes('://') || p.includes('<all_urls>'))).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it.runIf(built)('runs its one content script only on `*://*.<host>/*` for the hosts in data/', () => {
    const scripts = manifest().content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    expect(script.js).toEqual(['content-scripts/carrier.js']);
    expect(script.matches).toEqual(matchPatterns(hosts));
    for (const pattern of script.matches) {
      const host = /^\*:\/\/\*\.([a-z0-9.-]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      expect(hosts).toContain(host);
    }
    expect(script.match_about_blank ?? false).toBe(false);
  });
});
