import type { EsimRemoval } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import { loadEsimRemoval } from '@/utils/catalog';
import { OnOpen } from './OnOpen';
import { SourceList, SourceRefs } from './SourceRefs';

function EsimBody({ esim }: { esim: EsimRemoval }) {
  return (
    <>
      <p class="callout" role="note">
        {pick(esim.warning.text)}
        <SourceRefs ids={esim.warning.src} sources={esim.sources} />
      </p>
      {esim.platforms.map((p) => (
        <details key={p.id}>
          <summary>{p.name}</summary>
          <ol>
            {p.steps.map((s, i) => (
              <li key={i}>{pick(s)}</li>
            ))}
          </ol>
          <SourceRefs ids={p.src} sources={esim.sources} />
        </details>
      ))}
      <details>
        <summary>{t('esimSources')}</summary>
        <SourceList sources={esim.sources} />
      </details>
    </>
  );
}

/** How to remove the eSIM profile from a phone: last, after the contract has ended; loaded when opened. */
export function EsimSteps() {
  const load = async () => {
    const esim = await loadEsimRemoval();
    // data/esim-removal.json is checked at build time; an empty section is the only other outcome.
    return () => (esim ? <EsimBody esim={esim} /> : null);
  };
  return <OnOpen name="esim" title={t('removeEsim')} load={load} props={{}} />;
}
