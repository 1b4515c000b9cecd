import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/**
 * A closed section whose code or data is fetched when it is first opened, so the guide itself stays
 * small and opens fast.
 */
export function OnOpen<P extends object>(props: { name: string; title: string; load: () => Promise<FunctionComponent<P>>; props: P }) {
  const [View, setView] = useState<FunctionComponent<P>>();
  return (
    <details
      class={props.name}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !View) void props.load().then((view) => setView(() => view));
      }}
    >
      <summary>{props.title}</summary>
      {View ? <View {...props.props} /> : <p class="muted">{t('loading')}</p>}
    </details>
  );
}
