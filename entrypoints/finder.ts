import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestSetup, runPageHelper } from '@/utils/in-page/page-helper';

/**
 * Injected by the popup's "Find the account / cancel link on this page" through activeTab +
 * scripting, on any site. Runs the locator once and resolves to what it found.
 */
export default defineUnlistedScript(async () => {
  const setup = await requestSetup();
  if (!setup) return { account: false, cancel: false };
  const highlighter = runPageHelper(setup, new AbortController().signal, { draw: true, timeoutMs: 0 });
  return highlighter.found();
});
