import { useState } from 'preact/hooks';
import type { EsimRemoval } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import { loadEsimRemoval } from '@/utils/popup-data';
import { SourceList, SourceRefs } from './SourceRefs';

/**
 * How to remove the eSIM profile from a phone: last, after the contract has ended. Closed at first,
 * and its data loads only when opened, which keeps the guide's first load small.
 */
export function EsimSteps() {
  const [esim, setEsim] = useState<EsimRemoval | null>();
  const onToggle = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && esim === undefined) void loadEsimRemoval().then((loaded) => setEsim(loaded ?? null));
  };
  return (
    <details class="esim" onToggle={onToggle}>
      <summary>{t('removeEsim')}</summary>
      {esim === undefined && <p class="muted">{t('loading')}</p>}
      {esim && (
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
            <summary>{t('sources')}</summary>
            <SourceList sources={esim.sources} />
          </details>
        </>
      )}
    </details>
  );
}
