/**
 * The debug view ("Show why SIM Exit picked these" in the options): a dashed box around each of the
 * top three candidates of every action, labelled with its rank, score and the parts of its score.
 * It is a script of its own (entrypoints/debug-view.ts) that the popup injects when the option is on,
 * so that the content script every carrier page runs does not carry it.
 */
import { explain, locateCompiled, type Candidate, type Compiled, type SearchOptions } from '../engine/locate';
import type { Action } from '../engine/messages';
import { grow, put, shadowHost } from './overlay';
import { watchPage } from './watch';

export const DEBUG_TAG = 'sim-exit-debug';

const CSS =
  ':host{all:initial}' +
  'div{position:fixed;pointer-events:none;box-sizing:border-box;border:2px dashed #1d4ed8}' +
  'span{position:absolute;left:0;top:100%;width:max-content;max-width:360px;padding:1px 4px;font:11px/1.35 ui-monospace,monospace;color:#fff;background:#1d4ed8eb}' +
  '.end span{left:auto;right:0}';

export interface DebugViewOptions extends SearchOptions {
  compiled: Compiled;
  /** The actions the page script looks for (setup.actions). */
  actions: Action[];
  timeoutMs?: number;
}

export interface DebugItem {
  element: Element;
  /** "end #1 · 105 · +60 hint "disdetta" in text, +5 short-text". */
  text: string;
}

/** The top three candidates of each action, best first, with the words that go beside each box. */
export function debugItems(results: Record<Action, Candidate[]>, actions: readonly Action[]): DebugItem[] {
  return actions.flatMap((action) =>
    results[action].slice(0, 3).map((c, i) => ({ element: c.element, text: `${action} #${i + 1} · ${Math.round(c.score)} · ${explain(c)}` })),
  );
}

/**
 * Paints the debug view and paints it again while the page changes (as the content script keeps
 * looking), until the time limit or the signal ends it; the boxes follow scroll and resize.
 */
export function startDebugView(doc: Document, signal: AbortSignal, options: DebugViewOptions): { items(): DebugItem[] } {
  const { host, shadow } = shadowHost(doc, DEBUG_TAG, CSS);
  const win = doc.defaultView!;
  let items: DebugItem[] = [];
  let boxes: HTMLElement[] = [];
  let frame = 0;

  const place = () => {
    frame = 0;
    // Every rectangle read before any style is written.
    const rects = items.map(({ element }) => element.getBoundingClientRect());
    boxes.forEach((box, i) => {
      put(box, grow(rects[i], 2));
      // A label that would run off the right edge ends at its box's right edge instead.
      box.classList.toggle('end', rects[i].left + 360 > win.innerWidth);
    });
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };

  const paint = (): boolean => {
    items = debugItems(locateCompiled(doc, options.compiled, options.actions, options), options.actions);
    for (const box of boxes) box.remove();
    boxes = items.map(({ text }) => {
      const box = doc.createElement('div');
      const label = doc.createElement('span');
      label.textContent = text;
      box.append(label);
      return box;
    });
    shadow.append(...boxes);
    if (!host.isConnected) doc.documentElement.append(host);
    place();
    // Never done: a late-rendering page changes the candidates until the time limit.
    return false;
  };

  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  win.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    host.remove();
  });
  watchPage(doc.documentElement, paint, { signal, timeoutMs: options.timeoutMs });
  return { items: () => items };
}
