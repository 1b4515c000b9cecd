import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Carrier, Country } from '@/data/schema';
import { t } from '@/utils/i18n';

/** The letter lives on its own page: side by side with its translation it needs more than the popup's 400 px. */
export function letterPageUrl(carrierId: string): string {
  return `${browser.runtime.getURL('/letter.html')}?carrier=${encodeURIComponent(carrierId)}`;
}

/** A closed section whose code is fetched when it is first opened, so the guide itself opens as fast as before. */
function OnOpen<P extends object>(props: { name: string; title: string; load: () => Promise<FunctionComponent<P>>; props: P }) {
  const [View, setView] = useState<FunctionComponent<P>>();
  return (
    <details
      class={props.name}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !View) void props.load().then((view) => setView(() => view));
      }}
    >
      <summary>{props.title}</summary>
      {View ? <View {...props.props} /> : <p class="muted">{t('loading')}</p>}
    </details>
  );
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
