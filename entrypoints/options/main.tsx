import { render } from 'preact';
import { Options } from '@/components/Options';
import { startPage } from '@/utils/ext-pages/boot';
import { saveSettings } from '@/utils/storage/settings';
import '@/components/popup.css';

async function start() {
  const settings = await startPage();
  const save = async (change: Parameters<typeof saveSettings>[0]) => {
    const next = await saveSettings(change);
    // Re-render the page in the newly chosen language.
    if (change.language) location.reload();
    return next;
  };
  render(<Options initial={settings} save={save} />, document.getElementById('app')!);
}

void start();
