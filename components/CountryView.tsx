import type { Country } from '@/data/schema';
import { carrierSummaries } from '@/utils/catalog';
import { t } from '@/utils/i18n';
import { codeToFlag } from '@/utils/engine/flags';
import { EsimSteps } from './EsimSteps';
import { countryName, kindLabel } from '@/utils/i18n/format';
import { LegalNotes } from './LegalNotes';

export function CountryView(props: { code: string; notes: Country[]; onCarrier(id: string): void; onBack(): void }) {
  const local = carrierSummaries.filter((c) => c.country === props.code);
  const travel = carrierSummaries.filter((c) => c.kind === 'travel-esim');
  const item = (c: (typeof carrierSummaries)[number]) => (
    <li key={c.id}>
      <button type="button" class="hit" data-carrier={c.id} onClick={() => props.onCarrier(c.id)}>
        <span class="hit-title">{c.name}</span> <span class="muted">{kindLabel(c.kind)}</span>
      </button>
    </li>
  );
  return (
    <article class="country">
      <button type="button" class="link back" onClick={props.onBack}>
        ← {t('back')}
      </button>
      <h2>
        <span aria-hidden="true">{codeToFlag(props.code)}</span> {countryName(props.code)}
      </h2>
      {local.length ? <ul class="carrier-list">{local.map(item)}</ul> : <p class="muted">{t('noCarriersYetLong')}</p>}
      <h3>{t('travelEsims')}</h3>
      <ul class="carrier-list">{travel.map(item)}</ul>
      {props.notes.length > 0 && <LegalNotes countries={props.notes} />}
      <p class="callout" role="note">
        {t('esimWarning')}
      </p>
      <EsimSteps />
    </article>
  );
}
