/**
 * Chinese text and flags must render as glyphs, not as boxes: without CJK or emoji fonts Chromium
 * draws every character it has no glyph for as the same box ("tofu"), the screenshots in the README
 * show boxes, and every other test still passes. `.ci/run` installs the fonts when they are missing.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from '../png';
import { BROWSERS, launch, type Harness } from './harness';

// Chromium only: Firefox draws a character it has no glyph for as a box showing its code point in
// hex, so two unassigned code points never look alike there and this check cannot tell boxes from
// glyphs. Both browsers use the same system fonts (fontconfig), so Chromium's result covers them.
describe.each(BROWSERS.filter((b) => b === 'chromium'))('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser, locale: 'zh-CN' });
  });
  afterAll(() => h?.close());

  // Unassigned code points (Greek block gaps): no font has a glyph for them, so they show the box.
  const TOFU = ['\u0378', '\u0379'];

  /** Renders each text in its own fixed-size box in the popup (in the popup's own fonts) and hashes its pixels. */
  async function glyphHashes(texts: string[]): Promise<string[]> {
    const popup = await h.popup();
    await popup.locator('#app main:not([aria-busy])').waitFor();
    await popup.evaluate((texts) => {
      const row = document.createElement('div');
      row.id = 'glyphs';
      for (const [i, text] of texts.entries()) {
        const cell = document.createElement('span');
        cell.id = `glyph-${i}`;
        cell.textContent = text;
        cell.style.cssText =
          'display:inline-block;width:64px;height:64px;font-size:40px;line-height:64px;text-align:center;color:#000;background:#fff;overflow:hidden';
        row.append(cell);
      }
      document.body.prepend(row);
    }, texts);
    const hashes: string[] = [];
    for (const i of texts.keys()) {
      const { rgba } = decodePng(await popup.locator(`#glyph-${i}`).screenshot());
      hashes.push(createHash('sha256').update(rgba).digest('hex'));
    }
    await popup.close();
    return hashes;
  }

  describe('fonts for Chinese and flags', () => {
    it('draws unassigned code points as one and the same box (so the comparisons below mean something)', async () => {
      const [a, b] = await glyphHashes(TOFU);
      expect(a).toBe(b);
    });

    it('draws Chinese characters as distinct glyphs, not as boxes', async () => {
      const [yi, li, guo, tofu] = await glyphHashes(['意', '利', '国', TOFU[0]]);
      expect(new Set([yi, li, guo, tofu]).size).toBe(4);
    });

    it('draws flags as distinct pictures, not as boxes', async () => {
      const [italy, belgium, tofu] = await glyphHashes(['🇮🇹', '🇧🇪', TOFU[0]]);
      expect(new Set([italy, belgium, tofu]).size).toBe(3);
    });
  });
});
