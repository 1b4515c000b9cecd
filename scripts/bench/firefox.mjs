// The end-to-end measure in Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi
// (as tests/e2e/drivers/firefox.ts drives it), the Firefox build (.output/firefox-mv2) against a
// floor add-on that only marks the two target ids at document_idle. Each in its own Firefox, taking
// turns page by page in alternating order, on the same generated pages at https://www.vodafone.it/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { QUIET_FIREFOX_PREFS } from '../../tests/e2e/drivers/firefox.ts';
import { FLOOR_MARKS, mean, median, readMarks, WATCH } from './end-to-end.mjs';
import { pageOf, TARGET_IDS } from './pages.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const HOST = 'https://www.vodafone.it';

/** The floor as a Firefox (MV2) add-on: a content script that marks the two ids, nothing else. */
function writeFirefoxFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'sim-exit-firefox-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'SIM Exit bench floor',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'sim-exit-bench-floor@example.invalid' } },
      content_scripts: [{ matches: ['*://*.vodafone.it/*'], js: ['floor.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'floor.js'), FLOOR_MARKS);
  return dir;
}

async function launchWith(extensionDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: { ...QUIET_FIREFOX_PREFS, 'intl.accept_languages': 'it-IT, it' },
  });
  await browser.installExtension(resolve(extensionDir));
  return browser;
}

/** One page load: ms from the end of parsing (domInteractive) to both targets marked, and whether exactly those two were. */
async function measureOnce(browser, url, html) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().startsWith(url)
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : request.respond({ status: 204, body: '' }),
  );
  await page.goto(url);
  await page.waitForFunction(() => window.__marked !== undefined, { timeout: 20_000 });
  // Firefox makes the document interactive a little before it fires DOMContentLoaded, and SIM Exit
  // may search in between: times count from the end of parsing, so that none is negative.
  const result = await page.evaluate(readMarks, { ids: TARGET_IDS, from: 'domInteractive' });
  await page.close();
  await sleep(100);
  return result;
}

/** Per page size: the medians and means of the floor and of SIM Exit in Firefox, and their ratio. */
export async function firefoxEndToEnd({ shipped = '.output/firefox-mv2', sizes = [1_000, 10_000, 50_000], rounds = 11 } = {}) {
  const contestants = { floor: await launchWith(writeFirefoxFloor()), simExit: await launchWith(shipped) };
  const results = [];
  try {
    for (const n of sizes) {
      const html = pageOf(n, 3, WATCH);
      const runs = { floor: [], simExit: [] };
      // One warm-up round, not counted; the order turns round every round.
      for (let round = 0; round <= rounds; round++)
        for (const [name, browser] of round % 2 ? Object.entries(contestants).reverse() : Object.entries(contestants)) {
          const r = await measureOnce(browser, `${HOST}/bench/${n}/${name}/${round}`, html);
          if (!r.right) throw new Error(`Firefox: ${name} marked ${r.marked.join(', ') || 'nothing'} on the ${n}-element page, not the two targets`);
          if (round > 0) runs[name].push(r.ms);
        }
      const floor = median(runs.floor);
      const simExit = median(runs.simExit);
      results.push({ n, floor, simExit, ratio: simExit / floor, means: { floor: mean(runs.floor), simExit: mean(runs.simExit) } });
    }
  } finally {
    for (const browser of Object.values(contestants)) await browser.close();
  }
  return results;
}
