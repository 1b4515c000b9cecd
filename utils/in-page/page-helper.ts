/**
 * What runs inside a web page, for the carrier content script and the on-demand finder alike: ask
 * the background what to look for, find and mark the targets, report changes, answer "Show me".
 * The debug view asks and replaces its previous run the same way.
 */
import { browser } from 'wxt/browser';
import { startHighlighter, type Highlighter } from './highlight';
import { parseShowTarget, type Action, type Found, type Hello, type PageReport, type PageSetup } from '../engine/messages';

export async function requestSetup(hello: Hello = { type: 'sim-exit/hello' }): Promise<PageSetup | undefined> {
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

/**
 * The on-demand finder is injected again on every click, the debug view on every opening of the
 * popup: each run ends the one before it of the same script (its overlay and message listener go
 * with its signal), so three clicks leave one overlay, not three.
 */
export function replacePreviousRun(script: 'finder' | 'debug-view', scope: object = globalThis): AbortSignal {
  const key = Symbol.for(`sim-exit/${script}-run`);
  const holder = scope as Record<symbol, AbortController | undefined>;
  holder[key]?.abort();
  const run = new AbortController();
  holder[key] = run;
  return run.signal;
}
