/**
 * What runs inside a web page, for the carrier content script and the on-demand finder alike: ask
 * the background what to look for, find and mark the targets, report changes, answer "Show me".
 */
import { browser } from 'wxt/browser';
import { startHighlighter, type Highlighter } from './highlight';
import { parseShowTarget, type Action, type Found, type Hello, type PageReport, type PageSetup } from '../engine/messages';

export async function requestSetup(): Promise<PageSetup | undefined> {
  const hello: Hello = { type: 'sim-exit/hello' };
  return (await browser.runtime.sendMessage(hello).catch(() => undefined)) as PageSetup | undefined;
}

/** Resolves once the whole document is parsed (at once if it already is). */
export const domReady = (): Promise<unknown> =>
  new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve(0)));

export function report(found: Found, covered: Action[]): void {
  const message: PageReport = { type: 'sim-exit/page', found, covered };
  browser.runtime.sendMessage(message).catch(() => {
    // The background restarts on its own; the next change reports again.
  });
}

export function runPageHelper(
  setup: PageSetup,
  signal: AbortSignal,
  options: { draw: boolean; timeoutMs?: number; onChange?: (found: Found, covered: Action[]) => void },
): Highlighter {
  const highlighter = startHighlighter(document, signal, { ...setup, ...options });
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const message = parseShowTarget(raw);
    if (message) sendResponse({ shown: highlighter.show(message.target), found: highlighter.found(), covered: highlighter.covered() });
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage as never));
  return highlighter;
}

const FINDER_RUN = Symbol.for('sim-exit/finder-run');

/**
 * The on-demand finder is injected again on every click: each run ends the one before it (its
 * overlay and message listener go with its signal), so three clicks leave one overlay, not three.
 */
export function replacePreviousRun(scope: object = globalThis): AbortSignal {
  const holder = scope as { [FINDER_RUN]?: AbortController };
  holder[FINDER_RUN]?.abort();
  const run = new AbortController();
  holder[FINDER_RUN] = run;
  return run.signal;
}
