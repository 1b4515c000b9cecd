import { render } from 'preact';
import { Letter } from '@/components/Letter';
import type { Country } from '@/data/schema';
import { letterTemplates } from '@/utils/letter-templates';
import { loadCarrier } from '@/utils/carriers';
import { setLanguage, t, uiLanguageTag } from '@/utils/i18n';
import { loadCountry } from '@/utils/popup-data';
import { loadSettings } from '@/utils/settings';
import '@/components/popup.css';

/** The letter page: letter.html?carrier=<id>, opened from the popup's toolkit. */
async function start() {
  await setLanguage((await loadSettings()).language);
  document.documentElement.lang = uiLanguageTag();
  const root = document.getElementById('app')!;
  const carrier = await loadCarrier(new URLSearchParams(location.search).get('carrier') ?? '');
  if (!carrier) return render(<p role="alert" class="error">{t('letterNotFound')}</p>, root);
  document.title = t('letterPageTitle', carrier.name);
  const country = await loadCountry(carrier.country);
  const countries = [country].filter((c): c is Country => !!c);
  render(
    <>
      <h1>{t('letterPageTitle', carrier.name)}</h1>
      <Letter carrier={carrier} countries={countries} templates={letterTemplates} />
    </>,
    root,
  );
}

void start();
