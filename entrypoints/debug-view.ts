import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDebugView } from '@/utils/in-page/debug-view';
import { replacePreviousRun, requestSetup } from '@/utils/in-page/page-helper';

/**
 * The debug view, injected by the popup through activeTab + scripting when "Show why SIM Exit
 * picked these" is on: on a carrier page when the popup opens, and after the on-demand finder.
 */
export default defineUnlistedScript(async () => {
  const signal = replacePreviousRun('debug-view');
  // Quiet: the tab's record is the content script's, not this script's.
  const setup = await requestSetup({ type: 'sim-exit/hello', quiet: true });
  if (setup?.debug) startDebugView(document, signal, setup);
});
