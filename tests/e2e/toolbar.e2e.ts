/**
 * The real toolbar popup, not popup.html in a tab: a headful browser on a private X server (Xvfb),
 * the toolbar button pinned with the carrier's badge on it, the popup opened the way the toolbar
 * button opens it (action.openPopup in Chromium, browserAction.openPopup in Firefox), and a
 * screenshot of the screen with the popup open.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, launch, type Harness } from './harness';
import { alsoInReadme } from './readme';
import { captureWindow, composite, isViewable, startXvfb, windows, xvfbAvailable, type Xvfb } from './xvfb';

const carrierPage = '<!doctype html><html><head><title>Vodafone</title></head><body><h1>Vodafone</h1><a href="/area-clienti">Area Clienti</a></body></html>';

describe.runIf(xvfbAvailable()).each(BROWSERS)('%s, headful', (browser) => {
  let x: Xvfb;
  let h: Harness;
  beforeAll(async () => {
    x = await startXvfb();
    h = await launch({ browser, display: x.display });
  });
  afterAll(async () => {
    await h?.close();
    x?.stop();
  });

  it('opens the real toolbar popup over a carrier tab: the badge on the button, the guide of that tab inside', async () => {
    const tab = await h.visit('https://www.vodafone.it/privati/area-fai-da-te.html', carrierPage);
    expect(
      await eventually(
        () => h.badge(tab),
        (b) => b !== '',
      ),
    ).toBe('IT');
    const tabId = await h.tabIdOf(tab);
    const before = new Set(windows(x.display).map((w) => w.id));

    await h.driver.openToolbarPopup(tabId);
    // The real popup has no ?tabId: it finds the carrier from the active tab itself.
    await expect.poll(() => h.driver.toolbarPopupText('h2'), { timeout: 10_000 }).toBe('Vodafone Italia');
    expect(await h.driver.toolbarPopupText('main')).toContain('Ways to cancel');
    await tab.waitForTimeout(800);

    const shot = h.artifact('toolbar-popup.png');
    captureWindow(x.display, 'root', shot);
    if (browser === 'firefox') {
      // Firefox draws its popup in a window of its own that a capture of the whole screen shows
      // black: capture that window and paste it where it sits.
      const popup = windows(x.display)
        .filter((w) => !before.has(w.id) && w.width > 100 && w.height > 100 && w.width < 900 && isViewable(x.display, w.id))
        .sort((a, b) => b.width * b.height - a.width * a.height)[0];
      expect(popup, 'the popup has an X window of its own').toBeDefined();
      const part = h.artifact('toolbar-popup-window.png');
      captureWindow(x.display, popup.id, part);
      composite(shot, part, popup.x, popup.y, shot);
      rmSync(part, { force: true });
    }
    alsoInReadme(shot, `toolbar-popup-${browser}.png`);
    await tab.close();
  });
});
