// Bundled by scripts/bench.mjs into a page-side script: the real locator and lookup, nothing else.
import keywords from '../../data/keywords.json';
import type { Keywords } from '../../utils/engine/locate';
import { allLanguages, compile, locateCompiled } from '../../utils/engine/locate';
import { buildIndex, search } from '../../utils/engine/lookup';

declare global {
  interface Window {
    simExitBench: typeof bench;
  }
}

// Compiled once, as the background does for a carrier's pages.
const ACTIONS = ['account', 'end', 'delete'] as const;
const compiled = compile({ phrases: allLanguages(keywords as Keywords) }, ACTIONS);

const bench = {
  /** One pass for the account, end and delete actions, as the content script runs it. */
  locate() {
    const t0 = performance.now();
    const found = locateCompiled(document, compiled, ACTIONS);
    return { ms: performance.now() - t0, found: Math.min(found.account.length, found.end.length) };
  },
  lookup(carriers: { id: string; name: string; aliases: string[]; country: string }[], typed: string[]) {
    const t0 = performance.now();
    const index = buildIndex(carriers);
    const buildMs = performance.now() - t0;
    const perKeystroke: number[] = [];
    // Pages get a coarse clock (0.1 ms): time 50 searches of each prefix and divide.
    for (const word of typed)
      for (let i = 1; i <= word.length; i++) {
        const s = performance.now();
        for (let r = 0; r < 50; r++) search(index, word.slice(0, i));
        perKeystroke.push((performance.now() - s) / 50);
      }
    return { buildMs, perKeystroke };
  },
};

window.simExitBench = bench;
