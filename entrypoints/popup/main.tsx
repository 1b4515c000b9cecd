import { render } from 'preact';
import { App } from '@/components/App';
import { startPage } from '@/utils/ext-pages/boot';
import { popupContext } from '@/utils/ext-pages/popup-context';
import '@/components/popup.css';

async function start() {
  await startPage();
  render(<App context={await popupContext(location.search)} />, document.getElementById('app')!);
}

void start();
