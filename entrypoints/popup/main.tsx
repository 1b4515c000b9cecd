import { render } from 'preact';
import { App, openingFor } from '@/components/App';
import { startPage } from '@/utils/ext-pages/boot';
import { popupContext } from '@/utils/ext-pages/popup-context';
import '@/components/popup.css';

/**
 * popup.html shows the shell (the header and a busy placeholder, no words: the language is not known
 * yet) while the language, the tab and the view it opens on load side by side. App takes the shell
 * over once it has them all, so it never shows one view and then switches to another.
 */
async function start() {
  const page = startPage();
  const context = popupContext(location.search, page);
  const [, ready, opening] = await Promise.all([page, context, context.then((c) => openingFor(c.tabState))]);
  render(<App context={ready} opening={opening} />, document.getElementById('app')!);
}

void start();
