/** What every extension page (popup, options, letter) does first: settings, then the one UI language. */
import { setLanguage, uiLanguageTag } from '@/utils/i18n';
import { loadSettings, type Settings } from '@/utils/storage/settings';

export async function startPage(): Promise<Settings> {
  const settings = await loadSettings();
  await setLanguage(settings.language);
  document.documentElement.lang = uiLanguageTag();
  return settings;
}
