import type { Source } from '@/data/schema';
import { t } from '@/utils/i18n';

/** Superscript links from a fact to the numbered sources at the end of the guide. */
export function SourceRefs({ ids, sources }: { ids: string[]; sources: Source[] }) {
  return (
    <sup class="refs">
      {ids.map((id) => {
        const n = sources.findIndex((s) => s.id === id) + 1;
        return (
          <a key={id} href={`#src-${id}`} aria-label={t('sourceN', n)}>
            [{n}]
          </a>
        );
      })}
    </sup>
  );
}

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ol class="sources">
      {sources.map((s) => (
        <li key={s.id} id={`src-${s.id}`}>
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {s.title ?? new URL(s.url).hostname}
          </a>{' '}
          <span class="muted">
            {new URL(s.url).hostname} · {t('checkedOn', s.checked)}
            {s.official ? ` · ${t('officialSource')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
