/**
 * Timing marks for `npm run bench` only. The bench builds the extension with SIM_EXIT_BENCH=1 into
 * .output-bench; every other build defines __SIM_EXIT_BENCH__ as false, so the minifier drops each
 * `if (__SIM_EXIT_BENCH__)` block and this module with it (tests/e2e/budgets.e2e.ts checks that the
 * shipped scripts hold none of it).
 *
 * Stamps are wall-clock times (ms since the epoch, so that the page can compare them with its own
 * clock); spans add up the time spent in one phase over every check.
 */
const stamps: Record<string, number> = {};
const spans: Record<string, number> = {};

export const now = (): number => performance.timeOrigin + performance.now();

export function stamp(name: string, at = now()): void {
  stamps[name] ??= at;
}

export function span(name: string, since: number): void {
  spans[name] = (spans[name] ?? 0) + now() - since;
}

/** Times each call of fn under the span's name. */
export function timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const since = now();
    try {
      return fn(...args);
    } finally {
      span(name, since);
    }
  };
}

/** Leaves the figures on the page's root element, where the bench reads them. */
export function publish(): void {
  document.documentElement.setAttribute('data-sim-exit-bench', JSON.stringify({ stamps, spans }));
}
