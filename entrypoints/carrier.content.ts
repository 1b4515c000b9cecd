import { browser } from 'wxt/browser';
import { carrierForUrl, carrierMatchPatterns } from '@/utils/hosts';
import { hintsFor, phrases } from '@/utils/hints';
import { startHighlighter } from '@/utils/highlight';
import { parseMessage, type Found, type PageReport } from '@/utils/messages';
import { loadSettings } from '@/utils/settings';
import { overlayLabels } from '@/utils/overlay-labels';

export default defineContentScript({
  matches: carrierMatchPatterns,
  runAt: 'document_idle',
  async main(ctx) {
    const carrierId = carrierForUrl(location.href);
    if (!carrierId) return;
    const report = (found: Found) => {
      const message: PageReport = { type: 'sim-exit/page', found };
      browser.runtime.sendMessage(message).catch(() => {
        // The background restarts on its own; the next change reports again.
      });
    };
    report({ account: false, cancel: false });

    const settings = await loadSettings();
    const highlighter = startHighlighter(document, ctx.signal, {
      phrases,
      hints: hintsFor(carrierId),
      labels: overlayLabels(settings.language),
      draw: settings.autoHighlight,
      onChange: report,
    });

    // Single-page apps change the URL without a new document; the background cleared the badge then.
    ctx.addEventListener(window, 'wxt:locationchange', () => report(highlighter.found()));

    browser.runtime.onMessage.addListener((raw, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseMessage(raw);
      if (message?.type !== 'sim-exit/show') return undefined;
      return Promise.resolve({ shown: highlighter.show(message.target) });
    });
  },
});
