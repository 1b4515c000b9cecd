import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { carrierSummaries, carrierSummary, countrySummaries } from '@/utils/catalog';
import { t, uiLanguageTag } from '@/utils/i18n';
import { codeToFlag } from '@/utils/engine/flags';
import { buildIndex, covered, search, type Hit } from '@/utils/engine/lookup';
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
  return (index ??= buildIndex(carrierSummaries, countrySummaries));
}

const hitKey = (hit: Hit) => (hit.type === 'carrier' ? `carrier:${hit.id}` : `country:${hit.code}`);

/** The empty box: the country viewed last, then the countries with guides (by name), then the travel eSIMs. */
function coverage(lastCountry: string | undefined): Hit[] {
  const all = covered(carrierSummaries);
  const collator = new Intl.Collator(uiLanguageTag());
  const countries = all.filter((h) => h.type === 'country').sort((a, b) => collator.compare(hitLabel(a).title, hitLabel(b).title));
  const last: Hit[] = lastCountry ? [{ type: 'country', code: lastCountry, score: 0 }] : [];
  return [...last, ...countries.filter((h) => h.type === 'country' && h.code !== lastCountry), ...all.filter((h) => h.type === 'carrier')];
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
  const hits = useMemo<Hit[]>(() => (query.trim() ? search(lookupIndex(), query) : coverage(lastCountry)), [query, lastCountry]);
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
      {!query.trim() && (
        <p id="lookup-covered" class="muted lookup-covered">
          {t('lookupCovered')}
        </p>
      )}
      <ul
        id="lookup-results"
        role="listbox"
        aria-label={query.trim() ? t('lookupResults') : undefined}
        aria-labelledby={query.trim() ? undefined : 'lookup-covered'}
      >
        {hits.map((hit, i) => {
          const label = hitLabel(hit);
          const firstTravel = !query.trim() && hit.type === 'carrier' && hits[i - 1]?.type !== 'carrier';
          return (
            <Fragment key={hitKey(hit)}>
              {firstTravel && (
                <li role="presentation" class="hit-group">
                  {t('travelEsims')}
                </li>
              )}
              <li
                id={`hit-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'hit active' : 'hit'}
                data-hit={hitKey(hit)}
                onClick={() => open(hit)}
                onMouseMove={() => setActive(i)}
              >
                <span aria-hidden="true">{label.flag}</span>
                <span class="hit-title">{label.title}</span>
                <span class="muted">{label.detail}</span>
              </li>
            </Fragment>
          );
        })}
      </ul>
      {query && !hits.length && <p class="muted">{t('noResults')}</p>}
    </div>
  );
}
