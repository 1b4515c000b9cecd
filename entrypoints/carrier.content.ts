import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageContext } from '@/utils/in-page/content-script-context';
import { report, requestSetup, runPageHelper } from '@/utils/in-page/page-helper';

export default defineContentScript({
  // Filled in at build time from the hosts in data/ (wxt.config.ts), so the host list is not shipped
  // inside the script as well.
  matches: [],
  runAt: 'document_idle',
  // The context is SIM Exit's own small one (utils/in-page/content-script-context.ts): it ignores
  // forged "newer copy started" events while the extension is alive.
  async main(ctx: PageContext) {
    // The background recognises the carrier from this frame's URL and sends what to look for.
    const setup = await requestSetup();
    if (!setup?.carrierId) return;
    const highlighter = runPageHelper(setup, ctx.signal, { draw: setup.draw, onChange: report });
    // Single-page apps change the URL without a new document; the background cleared the badge then.
    ctx.addEventListener(window, 'wxt:locationchange', () => report(highlighter.found(), highlighter.covered()));
  },
});
