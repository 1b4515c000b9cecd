// Size budgets of the built extension (bytes are deterministic, so they may be tests; timings are not).
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bundle-sizes';

const sizes = bundleSizes('.output/chrome-mv3');
const KB = 1024;
/** The on-demand finder: back within its 15 KB goal (issue 14). */
const FINDER_BUDGET = 15 * KB;
/**
 * The locator by action took the content script from 12.6 KB to 19.7 KB minified; issue 14 brought
 * it back to 15.5 KB (a small content-script context of our own, compact overlay CSS). The 15 KB
 * goal stands (issue 14); this budget keeps it from growing until it is met.
 */
const CONTENT_SCRIPT_BUDGET = 16 * KB;
/**
 * The popup a carrier page opens: first load, its largest guide and that country's rules. The lookup
 * (249 countries with native names) is a chunk of its own, loaded only when shown.
 */
const POPUP_BUDGET = 40 * KB;

describe('size budgets of the Chrome build', () => {
  it('keeps the content script, which runs on every carrier page, within its budget (16 KB minified; goal 15 KB)', () => {
    expect(sizes.contentScript.raw).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it("keeps the popup with its largest guide and that country's legal notes within 40 KB gzip", () => {
    expect(sizes.popupWithData.gzip).toBeLessThanOrEqual(POPUP_BUDGET);
  });

  it('keeps the on-demand finder within 15 KB minified', () => {
    expect(sizes.finder.raw).toBeLessThanOrEqual(FINDER_BUDGET);
  });
});
