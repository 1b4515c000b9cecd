import { defineContentScript } from 'wxt/utils/define-content-script';
import { ignoreForgedRestarts, report, requestSetup, runPageHelper } from '@/utils/in-page/page-helper';

export default defineContentScript({
  // Filled in at build time from the hosts in data/ (wxt.config.ts), so the host list is not shipped
  // inside the script as well.
  matches: [],
  runAt: 'document_idle',
  async main(ctx) {
    // WXT's name for its "a newer copy started" event (`<extension id>:carrier:wxt:content-script-started`).
    const restartEvent = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    if (restartEvent) ignoreForgedRestarts(window, restartEvent, ctx.signal);
    // The background recognises the carrier from this frame's URL and sends what to look for.
    const setup = await requestSetup();
    if (!setup?.carrierId) return;
    const highlighter = runPageHelper(setup, ctx.signal, { draw: setup.draw, onChange: report });
    // Single-page apps change the URL without a new document; the background cleared the badge then.
    ctx.addEventListener(window, 'wxt:locationchange', () => report(highlighter.found(), highlighter.covered()));
  },
});
