/**
 * The carrier content script's context, in place of WXT's ContentScriptContext (about 3 KB with its
 * timers, location watcher and logger, most of it unused here). wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file for the page scripts' build, so WXT's own entry
 * wrapper constructs it. It keeps what carrier.content.ts uses (see PageContext): a signal, and the
 * `wxt:locationchange` event of single-page apps.
 *
 * After an extension update the new copy of the script announces itself with WXT's DOM event, so
 * that the old copy stops. Any page can dispatch that event too (its name is built from the public
 * extension id): a copy whose extension is still alive (runtime.id set) ignores it; only an orphaned
 * copy stops.
 */
import { browser } from './browser-lite';

/** What the carrier content script may use of its context (WXT's class has it too). */
export interface PageContext {
  readonly signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export class ContentScriptContext implements PageContext {
  readonly signal: AbortSignal;

  constructor(name: string) {
    const controller = new AbortController();
    this.signal = controller.signal;
    const started = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    // Announced before listening, so a copy never hears itself. An older copy built with WXT's
    // context checks the script's name in the detail.
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: name } }));
    document.addEventListener(
      started,
      () => {
        if (!browser.runtime?.id) controller.abort();
      },
      { signal: this.signal },
    );
  }

  /** Single-page apps change the URL without a new document: the Navigation API says so, else a poll. */
  addEventListener(_target: Window, _type: 'wxt:locationchange', handler: () => void): void {
    let url = location.href;
    const changed = (next: string) => {
      if (next !== url) {
        url = next;
        handler();
      }
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation?.addEventListener)
      navigation.addEventListener('navigate', (e) => changed((e as Event & { destination: { url: string } }).destination.url), { signal: this.signal });
    else {
      const timer = setInterval(() => changed(location.href), 1000);
      this.signal.addEventListener('abort', () => clearInterval(timer));
    }
  }
}
