/**
 * The shape of the code: no import cycles (type-only imports count too), and each utils/ folder
 * imported only by the parts its README names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles);

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = relative(ROOT, resolve(dirname(from), spec));
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => files.includes(c));
}

/** Every import and re-export, with or without `type`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => !!f);
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const f of files) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The scripts that run inside web pages: the carrier content script and the two the popup injects. */
const PAGE_SCRIPTS = ['entrypoints/carrier.content.ts', 'entrypoints/finder.ts', 'entrypoints/debug-view.ts'];
const notInPages = (f: string) => !f.startsWith('utils/in-page/') && !f.startsWith('utils/engine/') && !f.endsWith('.content.ts') && !PAGE_SCRIPTS.includes(f);

/** Which files may import each utils/ folder (as its README says). */
const ALLOWED: Record<string, (importer: string) => boolean> = {
  engine: () => true,
  'in-page': (f) => f.startsWith('utils/in-page/') || PAGE_SCRIPTS.includes(f),
  background: (f) => f.startsWith('utils/background/') || f === 'entrypoints/background.ts',
  storage: notInPages,
  i18n: notInPages,
  catalog: notInPages,
  'ext-pages': (f) => f.startsWith('utils/ext-pages/') || /^entrypoints\/(popup|options|letter)\//.test(f),
};

describe('code structure', () => {
  it('has no import cycles, type-only imports included', () => {
    expect(findCycle()).toBeUndefined();
  });

  it('finds the imports it checks (the graph is not empty)', () => {
    expect(graph.get('entrypoints/background.ts')).toContain('utils/background/index.ts');
    expect(graph.get('components/App.tsx')!.length).toBeGreaterThan(3);
  });

  it('keeps utils/ to the folders whose README says who may import them', () => {
    const folders = readdirSync('utils').filter((d) => statSync(join('utils', d)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(readdirSync('utils').filter((f) => !statSync(join('utils', f)).isDirectory())).toEqual([]);
    for (const folder of folders) expect(readFileSync(join('utils', folder, 'README.md'), 'utf8')).toMatch(/^Who may import this: /);
  });

  it('lets each folder be imported only by the parts its README names', () => {
    const wrong: string[] = [];
    for (const [importer, targets] of graph)
      for (const target of targets) {
        const folder = /^utils\/([^/]+)\//.exec(target)?.[1];
        if (folder && !importer.startsWith(`utils/${folder}/`) && !ALLOWED[folder](importer)) wrong.push(`${importer} → ${target}`);
      }
    expect(wrong).toEqual([]);
  });
});
