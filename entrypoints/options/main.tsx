import { render } from 'preact';
import { Options } from '@/components/Options';
import { setLanguage, uiLanguageTag } from '@/utils/i18n';
import { loadSettings, saveSettings } from '@/utils/settings';
import '@/components/popup.css';

async function start() {
  const settings = await loadSettings();
  await setLanguage(settings.language);
  document.documentElement.lang = uiLanguageTag();
  const save = async (change: Parameters<typeof saveSettings>[0]) => {
    const next = await saveSettings(change);
    if (change.language) {
      // Re-render the page in the newly chosen language.
      await setLanguage(next.language);
      location.reload();
    }
    return next;
  };
  render(<Options initial={settings} save={save} />, document.getElementById('app')!);
}

void start();
