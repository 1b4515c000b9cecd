import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Found, Target } from '@/utils/engine/messages';
import { ShowButtons } from './ShowButtons';

export interface FindOnPageProps {
  /** Injects the finder into the tab; resolves to what it found, rejects when the page cannot be read. */
  find(): Promise<Found>;
  show(target: Target): Promise<boolean>;
}

type State = { name: 'idle' } | { name: 'busy' } | { name: 'done'; found: Found } | { name: 'failed' };

/** "Find the account / cancel link on this page" for sites that are not in our data. */
export function FindOnPage({ find, show }: FindOnPageProps) {
  const [state, setState] = useState<State>({ name: 'idle' });
  const run = async () => {
    setState({ name: 'busy' });
    try {
      setState({ name: 'done', found: await find() });
    } catch {
      setState({ name: 'failed' });
    }
  };
  return (
    <section class="find-on-page">
      <button type="button" onClick={() => void run()} disabled={state.name === 'busy'}>
        {t('findOnPage')}
      </button>
      <div role="status">
        {state.name === 'failed' && <p class="muted">{t('findFailed')}</p>}
        {state.name === 'done' && !Object.values(state.found).some(Boolean) && <p class="muted">{t('findNothing')}</p>}
        {state.name === 'done' && Object.values(state.found).some(Boolean) && (
          <div class="on-page">
            <ShowButtons found={state.found} show={show} />
          </div>
        )}
      </div>
    </section>
  );
}
