import { t } from '@/utils/i18n';
import type { Action, Found } from '@/utils/engine/messages';

const ORDER: readonly Action[] = ['account', 'end', 'renewal', 'delete'];
const LABEL: Record<Action, string> = { account: 'showAccount', end: 'showEnd', renewal: 'showRenewal', delete: 'showDelete' };

/** One "Show me" button per action found on the page; deleting the account is never called cancelling. */
export function ShowButtons(props: { found: Found; covered?: Action[]; show(action: Action): unknown }) {
  const actions = ORDER.filter((a) => props.found[a]);
  if (!actions.length) return null;
  return (
    <>
      {actions.map((action) => (
        <button key={action} type="button" class={action === 'delete' ? 'secondary' : 'primary'} data-action={action} onClick={() => void props.show(action)}>
          {t(LABEL[action])}
        </button>
      ))}
      {actions.some((a) => props.covered?.includes(a)) && (
        <p class="muted" role="note">
          {t('coveredNote')}
        </p>
      )}
    </>
  );
}
