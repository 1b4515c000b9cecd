// The end-to-end measure of `npm run bench` (issue 14): how long after DOMContentLoaded a generated
// page at a carrier URL has both targets marked, with SIM Exit's built extension and with a floor
// extension that only marks the two target ids (no message, no search). Each contestant runs in its
// own Chromium, and they take turns page by page, so that the machine's load falls on all of them.
//
// Four contestants: the floor (and the tightest floor, marking on DOMContentLoaded); SIM Exit as shipped (.output/chrome-mv3), whose time gives the
// ratio; and SIM Exit built with timing marks (.output-bench/chrome-mv3, utils/in-page/bench.ts),
// whose marks give the phase breakdown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { pageOf, TARGET_IDS } from './pages.mjs';

const HOST = 'https://www.vodafone.it';

/** Watches, from the page itself, for the moment both targets carry data-sim-exit. */
export const WATCH = `<script>(() => {
  const ids = ${JSON.stringify(Object.values(TARGET_IDS))};
  const seen = new MutationObserver(() => {
    if (!ids.every((id) => document.getElementById(id)?.hasAttribute('data-sim-exit'))) return;
    window.__marked = performance.now();
    seen.disconnect();
  });
  seen.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-sim-exit'] });
})();</script>`;

/** The floor's whole work: mark the two target ids (the Chromium and the Firefox floors alike). */
export const FLOOR_MARKS = Object.entries(TARGET_IDS)
  .map(([action, id]) => `document.getElementById(${JSON.stringify(id)})?.setAttribute('data-sim-exit', ${JSON.stringify(action)});`)
  .join('\n');

/**
 * The floor: a content script on the same host that marks the two ids and does nothing else. As the
 * issue defines it, it runs when content scripts run by default (document_idle). The tightest floor
 * starts at document_start, as SIM Exit does, and marks on DOMContentLoaded: the first moment the
 * whole DOM is there, so against it SIM Exit's own work shows in full.
 */
export function writeFloorExtension(runAt = 'document_idle') {
  const dir = mkdtempSync(join(tmpdir(), 'sim-exit-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'SIM Exit bench floor',
      version: '1.0',
      content_scripts: [{ matches: ['*://*.vodafone.it/*'], js: ['floor.js'], run_at: runAt }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    runAt === 'document_start' ? `document.addEventListener('DOMContentLoaded', () => {\n${FLOOR_MARKS}\n}, { once: true });` : FLOOR_MARKS,
  );
  return dir;
}

/** What the routed hosts serve: url → html. */
const served = new Map();

/** A headless Chromium with one unpacked extension; its web requests get the `served` pages (else 204). */
export async function launch(extensionDir, executablePath, { worker = true } = {}) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sim-exit-bench-')), {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: 'it-IT',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${resolve(extensionDir)}`,
      `--load-extension=${resolve(extensionDir)}`,
    ],
  });
  // SIM Exit answers from its service worker; the floor has none.
  if (worker && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  // Web requests only: the extension's own pages load as they are.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const html = served.get(route.request().url());
      return html === undefined
        ? route.fulfill({ status: 204, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    },
  );
  return context;
}

/**
 * Runs in the page once both targets are marked: ms from `from` (a navigation timing) to the moment
 * the page saw both marks, whether exactly the two targets were marked, and the timing marks of the
 * bench build if it left any (stamps in ms after `from`, on the page's own clock).
 */
export function readMarks({ ids, from }) {
  const start = performance.getEntriesByType('navigation')[0][from];
  const raw = document.documentElement.getAttribute('data-sim-exit-bench');
  const marks = raw ? JSON.parse(raw) : undefined;
  const marked = [...document.querySelectorAll('[data-sim-exit]')].map((el) => `${el.id || el.tagName}=${el.getAttribute('data-sim-exit')}`);
  const expected = Object.entries(ids).map(([action, id]) => `${id}=${action}`);
  return {
    ms: window.__marked - start,
    right: marked.length === expected.length && expected.every((e) => marked.includes(e)),
    marked,
    stamps: marks && Object.fromEntries(Object.entries(marks.stamps).map(([k, t]) => [k, t - performance.timeOrigin - start])),
    spans: marks?.spans,
    markedAt: window.__marked - start,
  };
}

/** One page load: ms from DOMContentLoaded to both targets marked, and SIM Exit's marks if any. */
async function measureOnce(context, url, html) {
  served.set(url, html);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__marked !== undefined, null, { timeout: 20_000 });
  const result = await page.evaluate(readMarks, { ids: TARGET_IDS, from: 'domContentLoadedEventStart' });
  await page.close();
  served.delete(url);
  // The closed page's teardown would otherwise fall on the next contestant's load (2 cores).
  await sleep(100);
  return result;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Runs the contestants in turn on pages of each size and returns, per size, the medians: floor,
 * SIM Exit, the ratio, and the phase breakdown from the instrumented build.
 */
export async function endToEnd({ shipped, instrumented, executablePath, sizes = [1_000, 10_000, 50_000], clickableEvery = 3, rounds = 11 }) {
  const contestants = {
    floor: await launch(writeFloorExtension(), executablePath, { worker: false }),
    tightFloor: await launch(writeFloorExtension('document_start'), executablePath, { worker: false }),
    simExit: await launch(shipped, executablePath),
    marks: await launch(instrumented, executablePath),
  };
  const results = [];
  for (const n of sizes) {
    const html = pageOf(n, clickableEvery, WATCH);
    const runs = Object.fromEntries(Object.keys(contestants).map((name) => [name, []]));
    // One warm-up round, not counted: first loads pay for caches and the service worker's start.
    // The order turns round every round, so that no contestant always loads after the same one.
    for (let round = 0; round <= rounds; round++)
      for (const [name, context] of round % 2 ? Object.entries(contestants).reverse() : Object.entries(contestants)) {
        const url = `${HOST}/bench/${n}/${name}/${round}`;
        const r = await measureOnce(context, url, html);
        if (!r.right) throw new Error(`${name} marked ${r.marked.join(', ') || 'nothing'} on the ${n}-element page, not the two targets`);
        if (round > 0) runs[name].push(r);
      }
    const floor = median(runs.floor.map((r) => r.ms));
    const simExit = median(runs.simExit.map((r) => r.ms));
    // On small pages both land in one of two modes (before or after the browser's first frame), so
    // the medians can flip between them: the means say which way the whole run leans.
    const means = { floor: mean(runs.floor.map((r) => r.ms)), simExit: mean(runs.simExit.map((r) => r.ms)) };
    const m = (f) => median(runs.marks.map(f));
    // Every figure in ms; stamps are relative to DOMContentLoaded (negative: before it).
    const phases = {
      'script start (after DOMContentLoaded)': m((r) => r.stamps.start),
      'setup round trip': m((r) => r.stamps.setup - r.stamps.start),
      '  of which: message to the background': m((r) => r.stamps.received - r.stamps.start),
      "  of which: the background's answer": m((r) => r.stamps.answered - r.stamps.received),
      '  of which: answer back to the page': m((r) => r.stamps.setup - r.stamps.answered),
      'search starts (after DOMContentLoaded)': m((r) => r.stamps.ready),
      search: m((r) => r.spans.search - (r.spans.visible ?? 0)),
      'visibility and layout': m((r) => (r.spans.visible ?? 0) + (r.spans.covered ?? 0)),
      drawing: m((r) => r.spans.draw ?? 0),
      'rest (until the page sees both marks)': m((r) => r.markedAt - r.stamps.ready - r.spans.search - (r.spans.covered ?? 0) - (r.spans.draw ?? 0)),
      'total (DOMContentLoaded → both marked)': m((r) => r.ms),
    };
    results.push({
      n,
      floor,
      tightFloor: median(runs.tightFloor.map((r) => r.ms)),
      simExit,
      ratio: simExit / floor,
      means,
      instrumented: m((r) => r.ms),
      phases,
    });
  }
  for (const context of Object.values(contestants)) await context.close();
  return results;
}
