import type { EsimRemoval } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import { SourceList, SourceRefs } from './SourceRefs';

/** How to remove the eSIM profile from a phone: last, after the contract has ended. */
export function EsimSteps({ esim }: { esim: EsimRemoval }) {
  return (
    <section class="esim">
      <h3>{t('removeEsim')}</h3>
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
        <summary>{t('sources')}</summary>
        <SourceList sources={esim.sources} />
      </details>
    </section>
  );
}
