import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NOTHING_FOUND } from '@/utils/engine/messages';
import { replacePreviousRun, requestSetup, runPageHelper } from '@/utils/in-page/page-helper';

/**
 * Injected by the popup's "Find the account / cancel link on this page" through activeTab +
 * scripting, on any site. Runs the locator once and resolves to what it found.
 */
export default defineUnlistedScript(async () => {
  const signal = replacePreviousRun('finder');
  // Quiet: on a carrier page the tab's record is the content script's, which this run must not reset.
  const setup = await requestSetup({ type: 'sim-exit/hello', quiet: true });
  if (!setup) return NOTHING_FOUND;
  const highlighter = runPageHelper(setup, signal, { draw: true, timeoutMs: 0 });
  return highlighter.found();
});
