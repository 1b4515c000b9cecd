import { render } from 'preact';
import { Letter } from '@/components/Letter';
import { loadCarrier, loadCountriesFor } from '@/utils/catalog';
import { letterTemplates } from '@/utils/catalog/letters';
import { startPage } from '@/utils/ext-pages/boot';
import { t } from '@/utils/i18n';
import '@/components/popup.css';

/** The letter page: letter.html?carrier=<id>, opened from the popup's toolkit. */
async function start() {
  await startPage();
  const root = document.getElementById('app')!;
  const carrier = await loadCarrier(new URLSearchParams(location.search).get('carrier') ?? '');
  if (!carrier)
    return render(
      <p role="alert" class="error">
        {t('letterNotFound')}
      </p>,
      root,
    );
  document.title = t('letterPageTitle', carrier.name);
  render(
    <>
      <h1>{t('letterPageTitle', carrier.name)}</h1>
      <Letter carrier={carrier} countries={await loadCountriesFor(carrier.country)} templates={letterTemplates} />
    </>,
    root,
  );
}

void start();
