import type { Method, Source } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import { SourceRefs } from './SourceRefs';

const ICONS: Record<Method['kind'], string> = { online: '🖥️', phone: '📞', letter: '✉️', pec: '📧', email: '📧', chat: '💬', shop: '🏬', app: '📱' };

function Value({ method }: { method: Method }) {
  if (method.phone) return <a href={`tel:${method.phone.replace(/ /g, '')}`}>{method.phone}</a>;
  if (method.email) return <a href={`mailto:${method.email}`}>{method.email}</a>;
  if (method.url)
    return (
      <a href={method.url} target="_blank" rel="noreferrer noopener">
        {new URL(method.url).hostname + new URL(method.url).pathname.replace(/\/$/, '')}
      </a>
    );
  if (method.address) return <address>{method.address}</address>;
  if (method.app) return <span>{method.app}</span>;
  // An online form we found named but not linked by any source: say so rather than send people searching.
  if (method.kind === 'online') return <span class="muted">({t('linkNotConfirmed')})</span>;
  return null;
}

export function Methods({ methods, sources }: { methods: Method[]; sources: Source[] }) {
  return (
    <ul class="methods">
      {methods.map((m, i) => (
        <li key={i} class="method">
          <span class="icon" aria-hidden="true">
            {ICONS[m.kind]}
          </span>
          <div>
            <strong>{t(`method_${m.kind}`)}</strong> <Value method={m} />
            <SourceRefs ids={m.src} sources={sources} />
            {m.note && <p class="note">{pick(m.note)}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
