import { browser } from 'wxt/browser';
import type { Carrier, Country } from '@/data/schema';
import { channelsFor } from '@/utils/engine/rules';
import { t, uiLanguageTag } from '@/utils/i18n';
import { OnOpen } from './OnOpen';

/** The letter lives on its own page: side by side with its translation it needs more than the popup's 400 px. */
export function letterPageUrl(carrierId: string): string {
  return `${browser.runtime.getURL('/letter.html')}?carrier=${encodeURIComponent(carrierId)}`;
}

/** What the letter page will offer for this carrier: only the written channels that apply to it. */
function letterHelp(carrier: Carrier, countries: Country[]): string {
  const channels = channelsFor(carrier, countries).map((c) => t(`letterKind_${c.channel}`));
  if (!channels.length) return t('letterOpenHelpText');
  return t('letterOpenHelp', new Intl.ListFormat(uiLanguageTag(), { type: 'disjunction' }).format(channels));
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
      <p class="muted">{letterHelp(carrier, props.countries)}</p>
      <OnOpen
        name="deadline"
        title={t('deadlineTitle')}
        load={() => import('./Deadline').then((m) => m.Deadline)}
        props={{ carrier, countries: props.countries, today: props.today }}
      />
      <OnOpen
        name="checklist"
        title={t('checklistTitle')}
        load={() => import('./Checklist').then((m) => m.Checklist)}
        props={{ carrier, countries: props.countries }}
      />
    </section>
  );
}
