import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { loadCarrier } from '@/utils/catalog';
import { t } from '@/utils/i18n';
import { FindOnPage } from './FindOnPage';
import type { Found, TabState, Target } from '@/utils/engine/messages';
import { loadCountriesFor } from '@/utils/catalog';
import { CountryView } from './CountryView';
import { Guide } from './Guide';
import { Lookup } from './Lookup';

export interface PopupContext {
  tabId?: number;
  tabState?: TabState;
  show(target: Target): Promise<boolean>;
  /** Runs the locator once in a tab that is not a known carrier's (activeTab + scripting). */
  find(): Promise<Found>;
  lastCountry?: string;
  rememberCountry(code: string): void;
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

  useEffect(() => {
    const id = context.tabState?.carrierId;
    if (id) void openCarrier(id, false).catch(() => setError(t('errorNoGuide')));
    else setView({ name: 'lookup' });
  }, [context.tabState?.carrierId]);

  const onThisCarrier = view.name === 'guide' && !view.fromLookup && context.tabState;
  return (
    <main>
      <header class="bar">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> SIM Exit
        </h1>
        {view.name === 'guide' && !view.fromLookup && (
          <button type="button" class="link" onClick={() => setView({ name: 'lookup' })}>
            {t('lookupOther')}
          </button>
        )}
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
          <Lookup
            initialQuery=""
            lastCountry={context.lastCountry}
            onCarrier={(id) => void openCarrier(id, true)}
            onCountry={(code) => void openCountry(code)}
          />
        </>
      )}
      {view.name === 'country' && (
        <CountryView code={view.code} notes={notes} onCarrier={(id) => void openCarrier(id, true)} onBack={() => setView({ name: 'lookup' })} />
      )}
      {view.name === 'guide' && (
        <Guide
          carrier={view.carrier}
          countries={notes}
          page={onThisCarrier ? { found: context.tabState!.found, covered: context.tabState!.covered, show: context.show } : undefined}
          onBack={view.fromLookup ? () => setView({ name: 'lookup' }) : undefined}
        />
      )}
    </main>
  );
}
