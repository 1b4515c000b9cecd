import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { carrierSummary, loadCarrier } from '@/utils/catalog';
import { t } from '@/utils/i18n';
import type { Found, TabState, Target } from '@/utils/engine/messages';
import { loadCountriesFor } from '@/utils/catalog';
import { Guide } from './Guide';

export interface PopupContext {
  tabId?: number;
  tabState?: TabState;
  /** Calls back whenever the tab's page reports again (it may still be searching when the popup opens); returns the unsubscribe. */
  watchTabState?(onChange: (state: TabState) => void): () => void;
  show(target: Target): Promise<boolean>;
  /** Runs the locator once in a tab that is not a known carrier's (activeTab + scripting). */
  find(): Promise<Found>;
  lastCountry?: string;
  rememberCountry(code: string): void;
  openOptions(): void;
}

type View = { name: 'guide'; carrier: Carrier; fromLookup: boolean } | { name: 'country'; code: string } | { name: 'lookup' } | { name: 'loading' };

const notesFor = loadCountriesFor;

/** A carrier's guide and its country's legal notes, fetched side by side (the summary knows the country). */
async function guideOf(id: string): Promise<{ carrier: Carrier; notes: Country[] } | undefined> {
  const country = carrierSummary(id)?.country;
  const [carrier, notes] = await Promise.all([loadCarrier(id), country ? notesFor(country) : []]);
  return carrier && { carrier, notes };
}

// The lookup and the views behind it load only when the lookup is shown (see LookupViews).
type LookupViews = typeof import('./LookupViews');
const loadLookupViews = (): Promise<LookupViews> => import('./LookupViews');

/** The view the popup opens on, with what it shows already loaded; `failed` when the tab's carrier has no guide. */
export interface Opening {
  view: View;
  notes: Country[];
  views?: LookupViews;
  failed?: boolean;
}

/**
 * What the popup opens on for the tab: its carrier's guide, else the lookup. Loaded before the popup
 * renders it, so the first view shown is the right one (never "not a carrier" before the carrier).
 */
export async function openingFor(tabState: TabState | undefined): Promise<Opening> {
  const id = tabState?.carrierId;
  // Should the lookup's chunk fail to load, App asks for it again and says "Loading…" meanwhile.
  if (!id) return { view: { name: 'lookup' }, notes: [], views: await loadLookupViews().catch(() => undefined) };
  const guide = await guideOf(id).catch(() => undefined);
  return guide
    ? { view: { name: 'guide', carrier: guide.carrier, fromLookup: false }, notes: guide.notes }
    : { view: { name: 'loading' }, notes: [], failed: true };
}

export function App({ context, opening }: { context: PopupContext; opening: Opening }) {
  const [view, setView] = useState<View>(opening.view);
  const [notes, setNotes] = useState<Country[]>(opening.notes);
  const [error, setError] = useState<string | undefined>(opening.failed ? t('errorNoGuide') : undefined);

  const openCarrier = async (id: string, fromLookup: boolean) => {
    const guide = await guideOf(id);
    if (!guide) return setError(t('errorNoGuide'));
    setNotes(guide.notes);
    setView({ name: 'guide', carrier: guide.carrier, fromLookup });
  };
  const openCountry = async (code: string) => {
    context.rememberCountry(code);
    setNotes(await notesFor(code));
    setView({ name: 'country', code });
  };

  const [views, setViews] = useState(opening.views);
  useEffect(() => {
    if (view.name === 'lookup' && !views) void loadLookupViews().then(setViews);
  }, [view.name, views]);

  // What the page found, kept current: a popup opened while the page is still searching gets its
  // Show me buttons once the page reports them.
  const [tabState, setTabState] = useState(context.tabState);
  useEffect(
    () =>
      context.watchTabState?.((next) => {
        if (next.carrierId === context.tabState?.carrierId) setTabState(next);
      }),
    [context],
  );
  const tabCarrier = tabState?.carrierId;
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
          {views ? (
            <>
              {!context.tabState && context.tabId !== undefined && <views.FindOnPage find={context.find} show={context.show} />}
              <views.Lookup
                initialQuery=""
                lastCountry={context.lastCountry}
                onCarrier={(id) => void openCarrier(id, true)}
                onCountry={(code) => void openCountry(code)}
              />
            </>
          ) : (
            <p class="muted">{t('loading')}</p>
          )}
        </>
      )}
      {view.name === 'country' && views && (
        <views.CountryView code={view.code} notes={notes} onCarrier={(id) => void openCarrier(id, true)} onBack={() => setView({ name: 'lookup' })} />
      )}
      {view.name === 'guide' && (
        <Guide
          carrier={view.carrier}
          countries={notes}
          page={onTabCarrier ? { found: tabState!.found, covered: tabState!.covered, show: context.show } : undefined}
          onBack={view.fromLookup ? () => setView({ name: 'lookup' }) : undefined}
        />
      )}
    </main>
  );
}
