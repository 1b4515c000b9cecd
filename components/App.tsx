import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { carrierSummary, loadCarrier } from '@/utils/catalog';
import { t } from '@/utils/i18n';
import { FindOnPage } from './FindOnPage';
import type { Found, TabState, Target } from '@/utils/engine/messages';
import { loadCountriesFor } from '@/utils/catalog';
import { CountryView } from './CountryView';
import { Guide } from './Guide';

export interface PopupContext {
  tabId?: number;
  tabState?: TabState;
  show(target: Target): Promise<boolean>;
  /** Runs the locator once in a tab that is not a known carrier's (activeTab + scripting). */
  find(): Promise<Found>;
  lastCountry?: string;
  rememberCountry(code: string): void;
  openOptions(): void;
}

type View = { name: 'guide'; carrier: Carrier; fromLookup: boolean } | { name: 'country'; code: string } | { name: 'lookup' } | { name: 'loading' };

const notesFor = loadCountriesFor;

export function App({ context }: { context: PopupContext }) {
  const [view, setView] = useState<View>({ name: 'loading' });
  const [notes, setNotes] = useState<Country[]>([]);
  const [error, setError] = useState<string>();

  const openCarrier = async (id: string, fromLookup: boolean) => {
    const carrier = await loadCarrier(id);
    if (!carrier) return setError(t('errorNoGuide'));
    setNotes(await notesFor(carrier.country));
    setView({ name: 'guide', carrier, fromLookup });
  };
  const openCountry = async (code: string) => {
    context.rememberCountry(code);
    setNotes(await notesFor(code));
    setView({ name: 'country', code });
  };

  // The lookup (every country's names in every UI language, typo matching) loads only when it is
  // shown: on a carrier's site the popup opens on the guide and never needs it.
  const [Lookup, setLookup] = useState<typeof import('./Lookup').Lookup>();
  useEffect(() => {
    if (view.name === 'lookup' && !Lookup) void import('./Lookup').then((m) => setLookup(() => m.Lookup));
  }, [view.name, Lookup]);

  useEffect(() => {
    const id = context.tabState?.carrierId;
    if (id) void openCarrier(id, false).catch(() => setError(t('errorNoGuide')));
    else setView({ name: 'lookup' });
  }, [context.tabState?.carrierId]);

  const tabCarrier = context.tabState?.carrierId;
  const onTabCarrier = view.name === 'guide' && !!tabCarrier && view.carrier.id === tabCarrier;
  const tabCarrierName = tabCarrier && carrierSummary(tabCarrier)?.name;
  return (
    <main>
      <header class="bar">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> SIM Exit
        </h1>
        <nav class="bar-actions">
          {onTabCarrier && (
            <button type="button" class="link" onClick={() => setView({ name: 'lookup' })}>
              {t('lookupOther')}
            </button>
          )}
          {tabCarrierName && !onTabCarrier && view.name !== 'loading' && (
            <button type="button" class="link" onClick={() => void openCarrier(tabCarrier, false)}>
              ← {t('backToCarrier', tabCarrierName)}
            </button>
          )}
          <button type="button" class="icon-button" aria-label={t('optionsTitle')} title={t('optionsTitle')} onClick={() => context.openOptions()}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M19.14 12.94a7.1 7.1 0 0 0 .05-.94 7.1 7.1 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.84a.5.5 0 0 0-.49.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.67 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.3 7.3 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32a.5.5 0 0 0 .6.22l2.39-.96c.5.38 1.05.7 1.63.94l.36 2.54a.5.5 0 0 0 .49.42h3.84a.5.5 0 0 0 .49-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96a.5.5 0 0 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z"
              />
            </svg>
          </button>
        </nav>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {view.name === 'loading' && <p class="muted">{t('loading')}</p>}
      {view.name === 'lookup' && (
        <>
          {!context.tabState && <p class="intro">{t('notCarrierSite')}</p>}
          {!context.tabState && context.tabId !== undefined && <FindOnPage find={context.find} show={context.show} />}
          {Lookup ? (
            <Lookup
              initialQuery=""
              lastCountry={context.lastCountry}
              onCarrier={(id) => void openCarrier(id, true)}
              onCountry={(code) => void openCountry(code)}
            />
          ) : (
            <p class="muted">{t('loading')}</p>
          )}
        </>
      )}
      {view.name === 'country' && (
        <CountryView code={view.code} notes={notes} onCarrier={(id) => void openCarrier(id, true)} onBack={() => setView({ name: 'lookup' })} />
      )}
      {view.name === 'guide' && (
        <Guide
          carrier={view.carrier}
          countries={notes}
          page={onTabCarrier ? { found: context.tabState!.found, covered: context.tabState!.covered, show: context.show } : undefined}
          onBack={view.fromLookup ? () => setView({ name: 'lookup' }) : undefined}
        />
      )}
    </main>
  );
}
