/** The overlay's two labels in the user's chosen language, without loading whole locale files into pages. */
import { browser } from 'wxt/browser';
import type { UiLocale } from './locales';
import type { Target } from './messages';

type Entry = { message: string } | undefined;
const accountLabels = import.meta.glob<Entry>('../locales/*.json', { eager: true, import: 'overlayAccount' });
const cancelLabels = import.meta.glob<Entry>('../locales/*.json', { eager: true, import: 'overlayCancel' });

export function overlayLabels(language: 'auto' | UiLocale): Record<Target, string> {
  const file = `../locales/${language}.json`;
  if (language !== 'auto' && accountLabels[file] && cancelLabels[file])
    return { account: accountLabels[file]!.message, cancel: cancelLabels[file]!.message };
  return { account: browser.i18n.getMessage('overlayAccount' as never), cancel: browser.i18n.getMessage('overlayCancel' as never) };
}
