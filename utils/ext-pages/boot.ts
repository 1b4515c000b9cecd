/** What every extension page (popup, options, letter) does first: settings, then the one UI language. */
import { preloadLanguage, setLanguage, uiLanguageTag } from '@/utils/i18n';
import { resolveUiLocale } from '@/utils/engine/locales';
import { browserLanguages } from '@/utils/i18n/preferred';
import { loadSettings, type Settings } from '@/utils/storage/settings';

export async function startPage(): Promise<Settings> {
  // The browser's languages are asked for beside the settings, not after them: most users keep "auto".
  const languages = browserLanguages();
  // So are the messages of the browser's first language: they are the ones shown unless the options chose another.
  preloadLanguage(resolveUiLocale('auto', navigator.languages ?? []));
  const settings = await loadSettings();
  await setLanguage(settings.language, languages);
  document.documentElement.lang = uiLanguageTag();
  return settings;
}
