import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { carrierSummaries, carrierSummary } from '@/utils/catalog';
import { t } from '@/utils/i18n';
import { buildIndex, codeToFlag, search, type Hit } from '@/utils/engine/lookup';
import { countryName, kindLabel } from '@/utils/i18n/format';

export interface LookupProps {
  initialQuery?: string;
  /** The country viewed last time, offered first while the box is empty. */
  lastCountry?: string;
  onCarrier(id: string): void;
  onCountry(code: string): void;
}

let index: ReturnType<typeof buildIndex> | undefined;
function lookupIndex() {
  return (index ??= buildIndex(carrierSummaries.map((c) => ({ ...c, aliases: c.aliases ?? [] }))));
}

function hitLabel(hit: Hit): { title: string; detail: string; flag: string } {
  if (hit.type === 'country') {
    const n = carrierSummaries.filter((c) => c.country === hit.code).length;
    return { title: countryName(hit.code), detail: n ? t('carrierCount', n) : t('noCarriersYet'), flag: codeToFlag(hit.code) };
  }
  const c = carrierSummary(hit.id)!;
  return { title: c.name, detail: `${countryName(c.country)} · ${kindLabel(c.kind)}`, flag: codeToFlag(c.country) };
}

/** One search box; arrows move through results, Enter opens, Escape clears. */
export function Lookup({ initialQuery = '', lastCountry, onCarrier, onCountry }: LookupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo<Hit[]>(
    () => (query.trim() ? search(lookupIndex(), query) : lastCountry ? [{ type: 'country', code: lastCountry, score: 0 }] : []),
    [query, lastCountry],
  );
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const open = (hit: Hit | undefined) => {
    if (!hit) return;
    if (hit.type === 'carrier') onCarrier(hit.id);
    else onCountry(hit.code);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(hits[active]);
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
  };

  return (
    <div class="lookup">
      <label for="lookup-input" class="lookup-label">
        {t('lookupLabel')}
      </label>
      <input
        id="lookup-input"
        ref={input}
        type="search"
        role="combobox"
        list={undefined}
        aria-expanded={hits.length > 0}
        aria-controls="lookup-results"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
        autocomplete="off"
        placeholder={t('lookupPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul id="lookup-results" role="listbox" aria-label={t('lookupResults')}>
        {hits.map((hit, i) => {
          const label = hitLabel(hit);
          return (
            <li
              key={hit.type === 'carrier' ? hit.id : hit.code}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'hit active' : 'hit'}
              data-hit={hit.type === 'carrier' ? `carrier:${hit.id}` : `country:${hit.code}`}
              onClick={() => open(hit)}
              onMouseMove={() => setActive(i)}
            >
              <span aria-hidden="true">{label.flag}</span>
              <span class="hit-title">{label.title}</span>
              <span class="muted">{label.detail}</span>
            </li>
          );
        })}
      </ul>
      {query && !hits.length && <p class="muted">{t('noResults')}</p>}
    </div>
  );
}
