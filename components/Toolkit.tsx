import { browser } from 'wxt/browser';
import type { Carrier, Country } from '@/data/schema';
import { t } from '@/utils/i18n';
import { OnOpen } from './OnOpen';

/** The letter lives on its own page: side by side with its translation it needs more than the popup's 400 px. */
export function letterPageUrl(carrierId: string): string {
  return `${browser.runtime.getURL('/letter.html')}?carrier=${encodeURIComponent(carrierId)}`;
}

/** After the steps: write the letter, work out the dates, tick off what is left. */
export function Toolkit(props: { carrier: Carrier; countries: Country[]; today?: string }) {
  const { carrier } = props;
  return (
    <section class="toolkit" aria-labelledby="toolkit-title">
      <h3 id="toolkit-title">{t('toolkitTitle')}</h3>
      <p>
        <button type="button" class="primary" onClick={() => void browser.tabs.create({ url: letterPageUrl(carrier.id) })}>
          {t('letterOpen')}
        </button>
      </p>
      <p class="muted">{t('letterOpenHelp')}</p>
      <OnOpen
        name="deadline"
        title={t('deadlineTitle')}
        load={() => import('./Deadline').then((m) => m.Deadline)}
        props={{ carrier, countries: props.countries, today: props.today }}
      />
      <OnOpen name="checklist" title={t('checklistTitle')} load={() => import('./Checklist').then((m) => m.Checklist)} props={{ carrierId: carrier.id }} />
    </section>
  );
}
