/** Where each outline's label goes: never over another target, never over another label. */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 4;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Places labels one after another: above the target's left edge, below it, then at its right edge
 * above and below, then beside it. The first spot that stays inside the viewport and clears every
 * target and every label placed so far wins; when none does, the one overlapping the least.
 */
export function placeLabels(items: { target: Rect; size: { width: number; height: number } }[], viewport: { width: number; height: number }): Rect[] {
  const targets = items.map((i) => i.target);
  const placed: Rect[] = [];
  for (const { target: t, size } of items) {
    const { width: w, height: h } = size;
    const right = t.left + t.width - w;
    const above = t.top - h - GAP;
    const below = t.top + t.height + GAP;
    const spots: Rect[] = [
      [t.left, above],
      [t.left, below],
      [right, above],
      [right, below],
      [t.left + t.width + GAP, t.top],
      [t.left - w - GAP, t.top],
    ].map(([left, top]) => ({ left: Math.max(0, Math.min(left, viewport.width - w)), top, width: w, height: h }));
    const inView = (r: Rect) => r.top >= 0 && r.top + r.height <= viewport.height;
    const clashes = (r: Rect) => [...targets, ...placed].filter((o) => overlaps(r, o)).length;
    const best =
      spots.find((r) => inView(r) && clashes(r) === 0) ?? [...spots].sort((a, b) => clashes(a) + (inView(a) ? 0 : 1) - (clashes(b) + (inView(b) ? 0 : 1)))[0];
    placed.push(best);
  }
  return placed;
}

/** Whether the element at a target's centre is something else that hides it (a banner, a bubble, a modal). */
export function coveredBy(target: Element, topmost: Element | null): boolean {
  if (!topmost) return false;
  return topmost !== target && !target.contains(topmost) && !topmost.contains(target);
}
