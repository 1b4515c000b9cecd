// Size budgets of the built extension (bytes are deterministic, so they may be tests; timings are not).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bundle-sizes';

const sizes = bundleSizes('.output/chrome-mv3');
const KB = 1024;
/** The on-demand finder: back within its 15 KB goal (issue 14). */
const FINDER_BUDGET = 15 * KB;
/**
 * The locator by action took the content script from 12.6 KB to 19.7 KB minified; issue 14 brought
 * it back within 15 KB (a small content-script context of our own, compact overlay CSS, the debug
 * view moved into a script of its own that the popup injects when the option is on).
 */
const CONTENT_SCRIPT_BUDGET = 15 * KB;
/**
 * The popup a carrier page opens: first load, its largest guide and that country's rules. The lookup
 * (249 countries with native names) is a chunk of its own, loaded only when shown.
 */
const POPUP_BUDGET = 40 * KB;

describe('size budgets of the Chrome build', () => {
  it('keeps the content script, which runs on every carrier page, within 15 KB minified', () => {
    expect(sizes.contentScript.raw).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('ships the debug view in its own script, not in the content script or the finder', () => {
    const own = readFileSync('.output/chrome-mv3/debug-view.js', 'utf8');
    expect(own).toContain('sim-exit-debug');
    for (const script of ['content-scripts/carrier.js', 'finder.js'])
      expect(readFileSync(`.output/chrome-mv3/${script}`, 'utf8'), script).not.toContain('sim-exit-debug');
  });

  it("ships none of the bench's timing marks (they are compiled into .output-bench only)", () => {
    for (const script of ['content-scripts/carrier.js', 'finder.js', 'debug-view.js', 'background.js']) {
      const code = readFileSync(`.output/chrome-mv3/${script}`, 'utf8');
      expect(code, script).not.toContain('sim-exit-bench');
      expect(code, script).not.toContain('timeOrigin');
    }
  });

  it("keeps the popup with its largest guide and that country's legal notes within 40 KB gzip", () => {
    expect(sizes.popupWithData.gzip).toBeLessThanOrEqual(POPUP_BUDGET);
  });

  it('keeps the on-demand finder within 15 KB minified', () => {
    expect(sizes.finder.raw).toBeLessThanOrEqual(FINDER_BUDGET);
  });
});
