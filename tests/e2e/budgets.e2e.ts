// Size budgets of the built extension (bytes are deterministic, so they may be tests; timings are not).
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bundle-sizes';

const sizes = bundleSizes('.output/chrome-mv3');
const KB = 1024;

describe('size budgets of the Chrome build', () => {
  it('keeps the content script, which runs on every carrier page, within 15 KB minified', () => {
    expect(sizes.contentScript.raw).toBeLessThanOrEqual(15 * KB);
  });

  it("keeps the popup with its largest guide and that country's legal notes within 40 KB gzip", () => {
    expect(sizes.popupWithData.gzip).toBeLessThanOrEqual(40 * KB);
  });

  it('keeps the on-demand finder small too', () => {
    expect(sizes.finder.raw).toBeLessThanOrEqual(15 * KB);
  });
});
