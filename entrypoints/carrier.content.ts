import { defineContentScript } from 'wxt/utils/define-content-script';
import { publish, stamp } from '@/utils/in-page/bench';
import type { PageContext } from '@/utils/in-page/content-script-context';
import { domReady, report, requestSetup, runPageHelper } from '@/utils/in-page/page-helper';

export default defineContentScript({
  // Filled in at build time from the hosts in data/ (wxt.config.ts), so the host list is not shipped
  // inside the script as well.
  matches: [],
  // Started as the page starts loading: the background's answer arrives while the page is parsed,
  // and the search runs as soon as the document is complete, not when the browser next idles.
  runAt: 'document_start',
  // The context is SIM Exit's own small one (utils/in-page/content-script-context.ts): it ignores
  // forged "newer copy started" events while the extension is alive.
  async main(ctx: PageContext) {
    if (__SIM_EXIT_BENCH__) stamp('start');
    // The background recognises the carrier from this frame's URL and sends what to look for.
    const setup = await requestSetup();
    if (!setup?.carrierId) return;
    if (__SIM_EXIT_BENCH__) {
      stamp('setup');
      const { received, answered } = (setup as { bench?: Record<string, number> }).bench ?? {};
      if (received) stamp('received', received);
      if (answered) stamp('answered', answered);
    }
    await domReady();
    if (__SIM_EXIT_BENCH__) stamp('ready');
    // The first check is reported once, after it, whatever it found: the hello can reach the
    // background before it has cleared the tab for this navigation, and the record it made would
    // then be lost. Later changes report as they come.
    let checked = false;
    const highlighter = runPageHelper(setup, ctx.signal, { draw: setup.draw, onChange: (found, covered) => checked && report(found, covered) });
    checked = true;
    report(highlighter.found(), highlighter.covered());
    if (__SIM_EXIT_BENCH__) {
      stamp('checked');
      publish();
    }
    // Single-page apps change the URL without a new document; the background cleared the badge then.
    ctx.addEventListener(window, 'wxt:locationchange', () => report(highlighter.found(), highlighter.covered()));
  },
});
