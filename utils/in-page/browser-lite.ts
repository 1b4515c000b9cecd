/**
 * The extension API for scripts that run inside web pages. Chrome (MV3) and Firefox both return
 * promises from the calls these scripts make, so they skip webextension-polyfill (about 10 KB) and
 * stay within the content-script size budget. Pages and the background keep the polyfill.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome)!;
export type { Browser } from 'wxt/browser';
