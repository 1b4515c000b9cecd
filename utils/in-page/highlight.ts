/**
 * The page side of SIM Exit: find the two targets, mark and outline them, keep looking while a
 * single-page app renders, and scroll to a target when the popup asks.
 */
import type { Found, Target } from '../engine/messages';
import { locateAll, type LocateOptions } from '../engine/locate';
import { createOverlay, type Overlay } from './overlay';
import { watchPage } from './watch';

export interface HighlightOptions extends LocateOptions {
  labels: Record<Target, string>;
  /** Draw outlines; when false the targets are still found and marked for "Show me". */
  draw: boolean;
  timeoutMs?: number;
  onChange?: (found: Found) => void;
}

export interface Highlighter {
  found(): Found;
  show(target: Target): boolean;
}

const TARGETS: Target[] = ['account', 'cancel'];

export function startHighlighter(doc: Document, signal: AbortSignal, options: HighlightOptions): Highlighter {
  let overlay: Overlay | undefined;
  const marked: Partial<Record<Target, Element>> = {};
  const found = (): Found => ({ account: !!marked.account?.isConnected, cancel: !!marked.cancel?.isConnected });

  const ensureOverlay = () => (overlay ??= createOverlay(doc, signal));

  const mark = (target: Target, element: Element) => {
    marked[target] = element;
    if (options.draw) ensureOverlay().mark(target, element, options.labels[target]);
    else element.setAttribute('data-sim-exit', target);
  };

  const check = (): boolean => {
    let changed = false;
    const missing = TARGETS.filter((target) => !marked[target]?.isConnected);
    const results = locateAll(doc, options, missing);
    for (const target of missing) {
      const [best] = results[target];
      if (best) {
        mark(target, best.element);
        changed = true;
      }
    }
    if (changed) options.onChange?.(found());
    const now = found();
    return now.account && now.cancel;
  };

  watchPage(doc.documentElement, check, { signal, timeoutMs: options.timeoutMs });

  return {
    found,
    show(target) {
      const element = marked[target];
      if (!element?.isConnected) return false;
      const o = ensureOverlay();
      o.mark(target, element, options.labels[target]);
      o.pulse(target);
      return true;
    },
  };
}
