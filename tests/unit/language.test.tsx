import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../locales/en.json';
import french from '../../locales/fr.json';
import german from '../../locales/de.json';
import italian from '../../locales/it.json';
import traditional from '../../locales/zh_TW.json';
import { Letter } from '@/components/Letter';
import type { Country, LetterTemplates } from '@/data/schema';
import { handleAlarm } from '@/utils/background/alarms';
import { forgetPageSettings, handleMessage } from '@/utils/background/index';
import { loadCarrier, loadCountry } from '@/utils/catalog';
import { letterTemplates as letters } from '@/utils/catalog/letters';
import { matchUiLocale, resolveUiLocale, UI_LOCALES } from '@/utils/engine/locales';
import type { PageSetup } from '@/utils/engine/messages';
import { pick, setLanguage, t, uiLocale } from '@/utils/i18n';
import { setReminder } from '@/utils/storage/reminders';

describe('matching a browser language tag to a UI language', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['fr-CH', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-be', 'fr'],
    ['fr_BE', 'fr'],
    ['de-CH', 'de'],
    ['de-AT', 'de'],
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['nl-BE', 'nl'],
    ['nl-NL', 'nl'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['zh', 'zh_CN'],
    ['zh-CN', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh-MY', 'zh_CN'],
    ['zh-Hans', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-Hans-HK', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh_TW', 'zh_TW'],
    ['zh-tw', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh-MO', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['zh-Hant-TW', 'zh_TW'],
    ['zh-Hant-HK', 'zh_TW'],
  ])('%s → %s', (tag, locale) => {
    expect(matchUiLocale(tag)).toBe(locale);
  });

  it.each(['pt-BR', 'pl', 'ko-KR', 'frr', 'english', '', '*', 'x-klingon'])('%s is none of ours', (tag) => {
    expect(matchUiLocale(tag)).toBeUndefined();
  });
});

describe('resolving the one UI language', () => {
  it('takes the language chosen in the options over anything the browser prefers', () => {
    expect(resolveUiLocale('it', ['fr-BE', 'en-US'])).toBe('it');
    expect(resolveUiLocale('zh_TW', [])).toBe('zh_TW');
  });

  it('otherwise takes the first preferred language we speak, regional tags included', () => {
    expect(resolveUiLocale('auto', ['fr-BE', 'fr', 'en-US'])).toBe('fr');
    expect(resolveUiLocale('auto', ['pt-BR', 'pt', 'nl-BE', 'en'])).toBe('nl');
    expect(resolveUiLocale('auto', ['zh-TW', 'zh', 'en-US'])).toBe('zh_TW');
    expect(resolveUiLocale('auto', ['de-CH', 'en-US'])).toBe('de');
    expect(resolveUiLocale('auto', ['en-US', 'fr-BE'])).toBe('en');
  });

  it('falls back to English when the browser prefers none of ours', () => {
    expect(resolveUiLocale('auto', ['pt-BR', 'ko'])).toBe('en');
    expect(resolveUiLocale('auto', [])).toBe('en');
  });
});

/** What a browser tells an extension about its user's languages. */
function browserSpeaks({ navigator: tags = [], accept = [], ui = 'en-US' }: { navigator?: string[]; accept?: string[]; ui?: string }) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);
  fakeBrowser.i18n.getAcceptLanguages = (async () => accept) as typeof fakeBrowser.i18n.getAcceptLanguages;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
}

const localized = { en: 'Call us', zh_CN: '致电我们', zh_TW: '致電我們', fr: 'Appelez-nous', it: 'Chiamaci' };

beforeEach(() => {
  fakeBrowser.reset();
  browserSpeaks({ navigator: ['en-US'], accept: ['en-US'] });
});

describe('the extension pages follow the resolved language', () => {
  it("speak French in UI strings and carrier text when the browser prefers fr-BE, whatever the browser's own UI language", async () => {
    browserSpeaks({ navigator: ['fr-BE', 'en-US'], accept: ['fr-BE'], ui: 'en-US' });
    expect(await setLanguage('auto')).toBe('fr');
    expect(uiLocale()).toBe('fr');
    expect(t('waysToCancel')).toBe(french.waysToCancel.message);
    expect(t('reminderNotificationTitle', 'Proximus')).toBe('SIM Exit : Proximus');
    expect(pick(localized)).toBe('Appelez-nous');
  });

  it('speak Traditional Chinese for zh-TW, from the accept languages when navigator has none', async () => {
    browserSpeaks({ navigator: [], accept: ['zh-TW', 'en'], ui: 'en-US' });
    expect(await setLanguage('auto')).toBe('zh_TW');
    expect(t('waysToCancel')).toBe(traditional.waysToCancel.message);
    expect(pick(localized)).toBe('致電我們');
  });

  it("fall back to the browser's UI language, then to English", async () => {
    browserSpeaks({ navigator: [], accept: [], ui: 'nl-BE' });
    expect(await setLanguage('auto')).toBe('nl');
    browserSpeaks({ navigator: ['pt-BR'], accept: ['pt-BR'], ui: 'pt-BR' });
    expect(await setLanguage('auto')).toBe('en');
    expect(t('waysToCancel')).toBe(english.waysToCancel.message);
  });

  it('keep the language chosen in the options over the browser', async () => {
    browserSpeaks({ navigator: ['fr-BE'], accept: ['fr-BE'], ui: 'fr' });
    expect(await setLanguage('de')).toBe('de');
    expect(t('waysToCancel')).toBe(german.waysToCancel.message);
  });

  it('show a text in English when it has none in the UI language (Spanish, Japanese)', async () => {
    await setLanguage('es');
    expect(pick(localized)).toBe('Call us');
    await setLanguage('ja');
    expect(pick(localized)).toBe('Call us');
  });
});

describe('the background follows the same language', () => {
  // Each test speaks its own languages: nothing kept from an earlier test's hello.
  beforeEach(() => forgetPageSettings());
  const proximusTab = { id: fakeBrowser.runtime.id, url: 'https://www.proximus.be/fr/', frameId: 0, tab: { id: 4 } };

  it('labels the marks on a carrier page in French for a fr-BE browser', async () => {
    browserSpeaks({ navigator: ['fr-BE'], accept: ['fr-BE', 'fr'], ui: 'en-US' });
    const setup = (await handleMessage({ type: 'sim-exit/hello' }, proximusTab)) as PageSetup;
    expect(setup.labels).toEqual({
      account: french.overlayAccount.message,
      end: french.overlayEnd.message,
      renewal: french.overlayRenewal.message,
      delete: french.overlayDelete.message,
    });
  });

  it('labels them in the language chosen in the options', async () => {
    browserSpeaks({ navigator: ['fr-BE'], accept: ['fr-BE'] });
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: true, language: 'zh_TW' } });
    const setup = (await handleMessage({ type: 'sim-exit/hello' }, proximusTab)) as PageSetup;
    expect(setup.labels.account).toBe(traditional.overlayAccount.message);
  });

  it('writes the reminder notification in Italian for an it-IT browser', async () => {
    browserSpeaks({ navigator: ['it-IT'], accept: ['it-IT'], ui: 'en-US' });
    fakeBrowser.permissions.contains = (async () => true) as never;
    await setReminder({ id: 'tim', name: 'TIM' }, '2026-03-24', '2026-03-01', new Date(2026, 2, 1, 12).getTime());
    await handleAlarm({ name: 'reminder:tim' }, '2026-03-21');
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown['reminder:tim'].title).toBe(italian.reminderNotificationTitle.message.replace('$1', 'TIM'));
    expect(shown['reminder:tim'].message).toBe(italian.reminderNotificationText.message.replace('$1', 'TIM').replace('$2', '24 marzo 2026'));
  });
});

describe('the letter page', () => {
  const templates: LetterTemplates = letters;
  const belgium = async () => [(await loadCountry('BE'))!] as Country[];

  it('writes to Proximus in French for a French-speaking reader, with no "do not send" translation', async () => {
    await setLanguage('fr');
    const { container } = render(<Letter carrier={(await loadCarrier('proximus'))!} countries={await belgium()} templates={templates} today="2026-03-10" />);
    expect((screen.getByLabelText(french.letterLanguage.message) as HTMLSelectElement).value).toBe('fr');
    fireEvent.input(screen.getByLabelText(new RegExp(french.letterName.message)), { target: { value: 'Marie Dubois' } });
    fireEvent.input(screen.getByLabelText(new RegExp(french.letterPhone.message)), { target: { value: '+32 470 12 34 56' } });
    fireEvent.input(screen.getByLabelText(new RegExp(french.letterCustomerNumber.message)), { target: { value: '123456' } });
    await waitFor(() => expect(container.querySelector('[data-letter="original"]')).not.toBeNull());
    expect(container.querySelector('[data-letter="original"]')!.textContent).toContain(templates.templates.fr!.opening);
    expect(container.querySelector('[data-letter="translation"]')).toBeNull();
  });

  it("keeps the carrier's first language for a reader whose language the carrier does not take", async () => {
    await setLanguage('de');
    render(<Letter carrier={(await loadCarrier('proximus'))!} countries={await belgium()} templates={templates} today="2026-03-10" />);
    expect((screen.getByLabelText(german.letterLanguage.message) as HTMLSelectElement).value).toBe('nl');
  });

  it.each(UI_LOCALES.filter((l) => l !== 'it'))('translates an Italian letter for a %s reader with that language’s template', async (locale) => {
    await setLanguage(locale);
    const { container } = render(
      <Letter carrier={(await loadCarrier('vodafone-it'))!} countries={[(await loadCountry('IT'))!]} templates={templates} today="2026-03-10" />,
    );
    const inputs = container.querySelectorAll<HTMLInputElement>('.letter-form input:not([type=date]), .letter-form textarea');
    const values: Record<string, string> = { name: 'Maria Rossi', address: 'Via Roma 1, 00100 Roma', phone: '+39 333 123 4567', customerNumber: '123456' };
    for (const input of inputs) if (values[input.name]) fireEvent.input(input, { target: { value: values[input.name] } });
    await waitFor(() => expect(container.querySelector('[data-letter="translation"]')).not.toBeNull());
    const section = container.querySelector('[data-letter="translation"]')!.closest('section')!;
    expect(section.getAttribute('lang')).toBe(locale.replace('_', '-'));
    expect(section.textContent).toContain(templates.templates[locale]!.opening);
    expect(templates.templates[locale]!.opening === templates.templates.en!.opening).toBe(locale === 'en');
  });
});
