// `npm run try`: see SIM Exit work in a minute. Opens Debian's Chromium with the built extension and
// serves our demo carrier pages (tests/fixtures/carriers/) at the carriers' real addresses through
// request routing: nothing goes to the network. With a display it stays open until Ctrl+C; without
// one it runs headless, saves a screenshot to test-results/try.png and exits.
/* global chrome -- the badge is read inside the extension's service worker */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const START = 'https://try.sim-exit.invalid/';
const DEMOS = [
  { url: 'https://www.tim.it/', fixture: 'tim.html', what: 'TIM (Italy): the badge says IT, the account link and the cancel action are outlined' },
  { url: 'https://www.proximus.be/', fixture: 'proximus.html', what: 'Proximus (Belgium): the badge says BE, the guide is in the popup' },
  { url: 'https://www.airalo.com/', fixture: 'airalo.html', what: 'Airalo (travel eSIM): the badge says eSIM, with the auto-renewal and eSIM removal notes' },
];
const headful = Boolean(process.env.DISPLAY);

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('No build in .output/chrome-mv3 yet: building it (npx wxt build)…');
  const { status } = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const startPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Try SIM Exit</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}li{margin:.6rem 0}
@media (prefers-color-scheme:dark){body{background:#15191d;color:#e8eaed}a{color:#8ab4f8}}</style>
<h1>Try SIM Exit</h1>
<p>These are demo pages we wrote, served at the carriers' real addresses inside this browser only
(no request leaves it). Open one, then click the SIM Exit icon in the toolbar (pin it from the
puzzle-piece menu first) to see the guide.</p>
<ul>${DEMOS.map((d) => `<li><a href="${d.url}">${escape(d.url)}</a><br>${escape(d.what)}</li>`).join('')}</ul>
<p>Off carrier sites the popup looks carriers up by country: try it here, or type 意大利 or Belgique.</p>
<p>Close the window or press Ctrl+C in the terminal to stop.</p></html>`;
const demoNote = (url) =>
  `<!doctype html><meta charset="utf-8"><title>Not part of the demo</title><p style="font:16px system-ui;margin:3rem">` +
  `${escape(url)} is not part of the demo. <a href="${START}">Back to the demo list</a></p>`;

// Pin SIM Exit to the toolbar so that its badge shows without a trip to the puzzle-piece menu. An
// unpacked extension's id comes from its path: the first 128 bits of its SHA-256, written with a–p.
const extensionId = [...createHash('sha256').update(EXTENSION_DIR).digest('hex').slice(0, 32)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
const userDataDir = mkdtempSync(join(tmpdir(), 'sim-exit-try-'));
mkdirSync(join(userDataDir, 'Default'));
writeFileSync(join(userDataDir, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: !headful,
  viewport: headful ? null : { width: 1100, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    ...(headful ? [] : ['--disable-gpu']),
  ],
});
const cleanUp = async () => {
  await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
};

// Every http(s) request is answered here: the start page, the demo pages at their real addresses, a
// note for other pages on those hosts, and an empty answer for everything else.
await context.route(
  (url) => url.protocol === 'http:' || url.protocol === 'https:',
  (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const html = (body) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url.href === START) return html(startPage);
    const demo = DEMOS.find((d) => new URL(d.url).origin === url.origin);
    if (demo && url.pathname === '/') return html(readFileSync(join('tests/fixtures/carriers', demo.fixture), 'utf8'));
    if (demo && request.isNavigationRequest()) return html(demoNote(url.href));
    return route.fulfill({ status: 204, body: '' });
  },
);

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());

/** The badge of the active tab, once the content script has reported in (it arrives asynchronously). */
async function badgeOfActiveTab() {
  for (let tries = 0; tries < 50; tries++) {
    const badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
    if (badge) return badge;
    await sleep(100);
  }
  return '(none)';
}

if (headful) {
  await page.goto(START);
  console.log('SIM Exit is loaded. Pick a demo page in the browser window; press Ctrl+C here to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cleanUp();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
} else {
  console.log('No $DISPLAY, so this runs headless: it visits each demo page, prints the badge and saves a');
  console.log('screenshot of the TIM page to test-results/try.png. Run it on a desktop to click around yourself.');
  for (const demo of [...DEMOS].reverse()) {
    await page.goto(demo.url);
    await page.locator('[data-sim-exit]').first().waitFor({ state: 'attached', timeout: 10_000 });
    const badge = await badgeOfActiveTab();
    const marks = await page.locator('[data-sim-exit]').evaluateAll((els) => els.map((el) => el.dataset.simExit));
    console.log(`  ${demo.url}  badge "${badge}", marked: ${marks.join(', ')}`);
  }
  await page.locator('sim-exit-overlay').waitFor({ state: 'attached' });
  await page
    .locator('[data-sim-exit]:not([data-sim-exit="account"])')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/try.png' });
  console.log('Saved test-results/try.png');
  await cleanUp();
}
