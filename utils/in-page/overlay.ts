/**
 * Draws outlines and labels around marked elements from inside a shadow root, so page CSS cannot
 * restyle them and our CSS cannot touch the page. Boxes follow scroll and resize.
 */
import { placeLabels, type Rect } from '../engine/layout';
import type { Target } from '../engine/messages';

export const OVERLAY_TAG = 'sim-exit-overlay';

// Kept compact: this string ships in every carrier page's content script. Green for the account,
// orange for ending and renewal, dashed purple for deleting the account.
const CSS =
  ':host{all:initial}' +
  '[data-target=end],[data-target=renewal]{--c:#c2410c}[data-target=delete]{--c:#6b21a8}' +
  '.box,.label{position:fixed;pointer-events:none}' +
  '.box{box-sizing:border-box;border:3px solid var(--c,#0b7a5a);border-radius:6px;box-shadow:0 0 0 3px #fffd;transition:opacity .2s}' +
  '.box[data-target=delete]{border-style:dashed}' +
  '.label{padding:2px 8px;border-radius:4px;max-width:320px;font:600 12px/1.5 system-ui,sans-serif;color:#fff;background:var(--c,#0b7a5a)}' +
  '.pulse{animation:p .8s ease-in-out 3}' +
  '@keyframes p{50%{box-shadow:0 0 0 12px #0b7a5a59}}' +
  '@media (prefers-reduced-motion:reduce){.pulse{animation:none;border-width:5px}}';

/** Styles set inline with !important, which beats even `* { all: unset !important }` in the page. */
const HOST_STYLE =
  'position:fixed;inset:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none;display:block;contain:none;' +
  // A page can aim at the element by name (`sim-exit-overlay { visibility: hidden !important }`).
  'visibility:visible;opacity:1;transform:none;filter:none;clip-path:none;mask:none';

/**
 * A constructed stylesheet: a page's Content-Security-Policy (`style-src 'none'`) never applies to
 * constructed sheets, while a <style> element depends on the browser exempting extensions from the
 * page's policy (Chromium does). Falls back to <style> where constructed sheets are missing.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Older engines: no constructable stylesheets.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * A host element for our own drawing, with an open shadow root styled by `css` (not yet in the page).
 * A page can define its own custom element by that tag name, whose constructor would run inside
 * doc.createElement and could take the shadow root first. Made in a document without custom elements
 * and adopted, the host is not upgraded before our shadow root is attached.
 */
export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  // A bare new Document: cheaper to make than an HTML document, and it has no custom elements either.
  const host = doc.adoptNode(new Document().createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElement);
  for (const rule of HOST_STYLE.split(';')) {
    const [k, v] = rule.split(':');
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, shadow, css);
  return { host, shadow };
}

export const grow = (r: Rect, by: number): Rect => ({ left: r.left - by, top: r.top - by, width: r.width + 2 * by, height: r.height + 2 * by });
export const put = (el: HTMLElement, r: Rect) => {
  for (const k of ['left', 'top', 'width', 'height'] as const) el.style[k] = `${r[k]}px`;
};

export interface Overlay {
  mark(target: Target, element: Element, label: string): void;
  unmark(target: Target): void;
  /** A covered target keeps its mark but shows no outline until it is uncovered. */
  setHidden(target: Target, hidden: boolean): void;
  pulse(target: Target): void;
  destroy(): void;
}

export function createOverlay(doc: Document, signal: AbortSignal): Overlay {
  const { host, shadow } = shadowHost(doc, OVERLAY_TAG, CSS);
  const marks = new Map<Target, { element: Element; box: HTMLElement; label: HTMLElement; hidden: boolean }>();

  let frame = 0;
  const place = () => {
    frame = 0;
    // Shown first, so that the labels measure their real size below.
    for (const m of marks.values()) m.box.style.display = m.label.style.display = m.hidden ? 'none' : '';
    const shown = [...marks.values()].filter((m) => !m.hidden);
    // Every rectangle read before any style is written: one layout, not one per mark.
    const rects = shown.map(({ element }) => element.getBoundingClientRect());
    const boxes = rects.map((r) => grow(r, 4));
    shown.forEach(({ box, label }, i) => {
      box.style.opacity = label.style.opacity = rects[i].width === 0 && rects[i].height === 0 ? '0' : '1';
      put(box, boxes[i]);
    });
    const spots = placeLabels(
      shown.map(({ label }, i) => ({ target: boxes[i], size: { width: label.offsetWidth, height: label.offsetHeight } })),
      { width: win.innerWidth, height: win.innerHeight },
    );
    shown.forEach(({ label }, i) => {
      label.style.left = `${spots[i].left}px`;
      label.style.top = `${spots[i].top}px`;
    });
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  const win = doc.defaultView!;
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  win.addEventListener('resize', schedule, { passive: true, signal });
  const resize = new ResizeObserver(schedule);
  signal.addEventListener('abort', () => destroy());

  function destroy() {
    resize.disconnect();
    if (frame) cancelAnimationFrame(frame);
    host.remove();
    for (const { element } of marks.values()) element.removeAttribute('data-sim-exit');
    marks.clear();
  }

  /** An element of the overlay, with its class, its action and its text (never HTML). */
  const part = (tag: string, className: string, target: string, text = '') => {
    const el = doc.createElement(tag);
    el.className = className;
    el.dataset.target = target;
    el.textContent = text;
    return el;
  };

  const unmark = (target: Target) => {
    const old = marks.get(target);
    old?.element.removeAttribute('data-sim-exit');
    old?.box.remove();
    old?.label.remove();
    if (old) resize.unobserve(old.element);
    marks.delete(target);
    return old;
  };

  return {
    unmark,
    mark(target, element, text) {
      if (marks.get(target)?.element === element) return;
      const old = unmark(target);
      element.setAttribute('data-sim-exit', target);
      const box = part('div', 'box', target);
      const label = part('span', 'label', target, text);
      shadow.append(box, label);
      marks.set(target, { element, box, label, hidden: old?.hidden ?? false });
      resize.observe(element);
      if (!host.isConnected) doc.documentElement.append(host);
      // Drawn in the next frame, when the browser lays the page out anyway.
      schedule();
    },
    setHidden(target, hidden) {
      const mark = marks.get(target);
      if (!mark || mark.hidden === hidden) return;
      mark.hidden = hidden;
      place();
    },
    pulse(target) {
      const mark = marks.get(target);
      if (!mark) return;
      mark.hidden = false;
      // Firefox drops a smooth scroll started in a hidden tab (the popup opened as a tab, or the tab
      // switched away): jump there instead, as with reduced motion.
      const smooth = doc.visibilityState === 'visible' && !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark.element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      mark.box.classList.remove('pulse');
      void mark.box.offsetWidth;
      mark.box.classList.add('pulse');
      place();
      schedule();
    },
    destroy,
  };
}
