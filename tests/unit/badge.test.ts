/**
 * The toolbar badge must read at toolbar size: its colour stands out (WCAG contrast ≥ 3:1) from the
 * icon it sits on and from light and dark toolbars, and its text is readable on it (≥ 4.5:1).
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '@/utils/background';
import { BADGE_COLOR, BADGE_TEXT_COLOR } from '@/utils/engine/badge';
import { decodePng } from '../png';

type Rgb = [number, number, number];

function hex(colour: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) throw new Error(`not a #rrggbb colour: ${colour}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour most opaque pixels of the committed icon have. */
function dominantColour(size: number): { colour: Rgb; share: number } {
  const { rgba } = decodePng(readFileSync(`public/icon/${size}.png`));
  const counts = new Map<string, number>();
  let opaque = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) continue;
    opaque++;
    const key = `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { colour: key.split(',').map(Number) as Rgb, share: count / opaque };
}

const LIGHT_TOOLBAR = hex('#f9f9fb');
const DARK_TOOLBAR = hex('#2b2a33');

describe('the toolbar badge', () => {
  it.each([16, 32, 48, 128])('stands out from the %i px icon it sits on (≥ 3:1)', (size) => {
    const { colour, share } = dominantColour(size);
    expect(share).toBeGreaterThan(0.3);
    expect(contrast(hex(BADGE_COLOR), colour)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', LIGHT_TOOLBAR],
    ['dark', DARK_TOOLBAR],
  ])('stands out from a %s toolbar (≥ 3:1)', (_, toolbar) => {
    expect(contrast(hex(BADGE_COLOR), toolbar)).toBeGreaterThanOrEqual(3);
  });

  it('has text that reads on it (≥ 4.5:1)', () => {
    expect(contrast(hex(BADGE_TEXT_COLOR), hex(BADGE_COLOR))).toBeGreaterThanOrEqual(4.5);
  });

  it('is drawn in those colours on a carrier tab', async () => {
    // WXT's fake browser keeps the text colour but answers getBadgeTextColor only through a callback.
    const setTextColour = vi.spyOn(fakeBrowser.action, 'setBadgeTextColor');
    await handleMessage(
      { type: 'sim-exit/page', found: { account: true, end: false, renewal: false, delete: false }, covered: [] },
      { id: fakeBrowser.runtime.id, url: 'https://www.tim.it/', tab: { id: 4 } },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('IT');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 4 })).toEqual([...hex(BADGE_COLOR), 255]);
    expect(setTextColour).toHaveBeenCalledWith({ tabId: 4, color: BADGE_TEXT_COLOR });
  });
});
