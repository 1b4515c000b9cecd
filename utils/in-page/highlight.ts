/**
 * The page side of SIM Exit: find the targets by action, mark and outline them, keep looking while a
 * single-page app renders, hold back the outline of a target something else covers, and scroll to a
 * target when the popup asks.
 */
import { coveredBy } from '../engine/layout';
import { isVisibleByLayout, isVisibleByStyle, locateCompiled, type Compiled, type SearchOptions } from '../engine/locate';
import { NOTHING_FOUND, type Action, type Found } from '../engine/messages';
import * as bench from './bench';
import { createOverlay, type Overlay } from './overlay';
import { watchPage } from './watch';

export interface HighlightOptions extends SearchOptions {
  /** The phrases and the carrier's hints, as the background compiled them. */
  compiled: Compiled;
  labels: Record<Action, string>;
  /** The actions to look for (the account and what ends the carrier's plans, and "delete"). */
  actions: Action[];
  /** Draw outlines; when false the targets are still found and marked for "Show me". */
  draw: boolean;
  timeoutMs?: number;
  onChange?: (found: Found, covered: Action[]) => void;
}

export interface Highlighter {
  found(): Found;
  covered(): Action[];
  show(action: Action): boolean;
}

/** Whether something else sits on top of the element's centre (only for centres inside the viewport). */
export function isCovered(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const win = el.ownerDocument.defaultView!;
  if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return false;
  // A document and a shadow root both answer elementFromPoint (the root keeps shadow targets findable).
  const topmost = (el.getRootNode() as Document).elementFromPoint(x, y);
  return coveredBy(el, topmost);
}

export function startHighlighter(doc: Document, signal: AbortSignal, options: HighlightOptions): Highlighter {
  let overlay: Overlay | undefined;
  const marked: Partial<Record<Action, Element>> = {};
  const covered = new Set<Action>();
  const found = (): Found => {
    const now = { ...NOTHING_FOUND };
    for (const action of options.actions) now[action] = !!marked[action]?.isConnected;
    return now;
  };
  const ensureOverlay = () => (overlay ??= createOverlay(doc, signal));
  // Outlined without being asked: every action but deleting the account, which ends nothing and so is
  // shown only on request.
  const drawn = (action: Action) => options.draw && action !== 'delete';

  // The first search runs when the document is parsed, before the browser's first layout. It reads
  // no geometry, so it forces no layout of its own: visibility comes from style alone, and the marks
  // are drawn in the next frame. Once the browser has laid the page out, the check settles: a mark
  // that is not visible then (it takes up no room, or the page hid it meanwhile) is dropped for the
  // next best, and what covers the marks is checked.
  let settled = !!options.isVisible;
  // A mark dropped when the check settled, not yet reported.
  let dropped = false;

  const mark = (action: Action, element: Element) => {
    const since = __SIM_EXIT_BENCH__ ? bench.now() : 0;
    marked[action] = element;
    if (drawn(action)) ensureOverlay().mark(action, element, options.labels[action]);
    else element.setAttribute('data-sim-exit', action);
    if (__SIM_EXIT_BENCH__) bench.span('draw', since);
  };

  /** Re-checks which drawn targets are covered; an uncovered one gets its outline back. */
  const checkCovered = (): boolean => {
    const since = __SIM_EXIT_BENCH__ ? bench.now() : 0;
    let changed = false;
    for (const action of options.actions) {
      const element = marked[action];
      const now = !!element?.isConnected && isCovered(element);
      if (now !== covered.has(action)) {
        changed = true;
        if (now) covered.add(action);
        else covered.delete(action);
      }
      if (element && drawn(action)) overlay?.setHidden(action, now);
    }
    if (__SIM_EXIT_BENCH__) bench.span('covered', since);
    return changed;
  };

  const check = (): boolean => {
    let changed = false;
    const missing = options.actions.filter((action) => !marked[action]?.isConnected);
    const since = __SIM_EXIT_BENCH__ ? bench.now() : 0;
    const isVisible = options.isVisible ?? (settled ? isVisibleByLayout : isVisibleByStyle);
    const results = locateCompiled(doc, options.compiled, missing, {
      ...options,
      isVisible: __SIM_EXIT_BENCH__ ? bench.timed('visible', isVisible) : isVisible,
    });
    if (__SIM_EXIT_BENCH__) bench.span('search', since);
    for (const action of missing) {
      const [best] = results[action];
      if (best) {
        mark(action, best.element);
        changed = true;
      }
    }
    if (settled && checkCovered()) changed = true;
    if (changed || dropped) options.onChange?.(found(), [...covered]);
    dropped = false;
    return settled && options.actions.every((action) => marked[action]?.isConnected) && !covered.size;
  };

  const recheck = watchPage(doc.documentElement, check, { signal, timeoutMs: options.timeoutMs });
  const settle = () => {
    if (settled || signal.aborted) return;
    settled = true;
    for (const action of options.actions) {
      const element = marked[action];
      if (element && !isVisibleByLayout(element)) {
        element.removeAttribute('data-sim-exit');
        overlay?.unmark(action);
        delete marked[action];
        dropped = true;
      }
    }
    recheck();
  };
  // A hidden tab has no frames; its timers still run, if slowly.
  if (!settled) {
    requestAnimationFrame(settle);
    setTimeout(settle, 100);
  }

  // A banner that closes, or a scroll that moves the target out from under it, uncovers it.
  const uncover = () => {
    if (covered.size && checkCovered()) options.onChange?.(found(), [...covered]);
  };
  const win = doc.defaultView;
  if (win) {
    for (const type of ['scroll', 'resize', 'click', 'transitionend', 'animationend'])
      win.addEventListener(type, uncover, { capture: true, passive: true, signal });
    const observer = new win.MutationObserver(() => {
      if (covered.size) queueMicrotask(uncover);
    });
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
    signal.addEventListener('abort', () => observer.disconnect());
  }

  return {
    found,
    covered: () => [...covered],
    show(action) {
      const element = marked[action];
      if (!element?.isConnected) return false;
      const o = ensureOverlay();
      o.mark(action, element, options.labels[action]);
      o.pulse(action);
      return true;
    },
  };
}
