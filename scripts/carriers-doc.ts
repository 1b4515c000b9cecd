/**
 * Builds docs/carriers.md, the coverage table (carrier × fact: known, unverified, or missing), from
 * data/. `npm run docs` writes it; a unit test fails when the committed file is stale.
 */
import type { Carrier } from '../data/schema';
import type { LoadedData } from './validate-data';

const COLUMNS: { key: string; label: string; has: (c: Carrier) => boolean }[] = [
  { key: 'accountUrl', label: 'Account URL', has: (c) => !!c.accountUrl },
  { key: 'cancelPage', label: 'Cancel page', has: (c) => !!c.cancelPage },
  ...(['online', 'phone', 'letter', 'pec', 'email', 'chat', 'shop', 'app'] as const).map((kind) => ({
    key: kind,
    label: kind === 'pec' ? 'PEC' : kind[0].toUpperCase() + kind.slice(1),
    has: (c: Carrier) => c.methods.some((m) => m.kind === kind),
  })),
  { key: 'steps', label: 'Steps', has: (c) => !!c.steps },
  { key: 'notice', label: 'Notice', has: (c) => !!c.notice },
  { key: 'fees', label: 'Fees', has: (c) => !!c.fees },
  { key: 'autoRenew', label: 'Auto-renew', has: (c) => !!c.autoRenew },
  { key: 'refund', label: 'Refund', has: (c) => !!c.refund },
  { key: 'deleteAccount', label: 'Delete account', has: (c) => !!c.deleteAccount },
  { key: 'portOut', label: 'Port out', has: (c) => !!c.portOut },
];

function cell(c: Carrier, column: (typeof COLUMNS)[number]): string {
  if (column.has(c)) return '✓';
  return (c.unverified as string[]).includes(column.key) ? '?' : '–';
}

export function carriersDoc(data: LoadedData): string {
  const carriers = data.carriers.map((c) => c.record).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const lines = [
    '# Carrier coverage',
    '',
    'Generated from `data/` by `npm run docs`; do not edit by hand (a test fails when this file is stale).',
    '',
    '✓ known and sourced · ? searched for, not confirmed (the popup says "not confirmed") · – not applicable or not yet searched',
    '',
    `| Carrier | Country | Kind | Hosts | ${COLUMNS.map((c) => c.label).join(' | ')} | Sources | Official |`,
    `|---|---|---|---|${COLUMNS.map(() => ':-:').join('|')}|--:|--:|`,
    ...carriers.map(
      (c) =>
        `| ${c.name} | ${c.country} | ${c.kind} | ${c.hosts.map((h) => h.host).join(', ')} | ${COLUMNS.map((col) => cell(c, col)).join(' | ')} | ${c.sources.length} | ${c.sources.filter((s) => s.official).length} |`,
    ),
    '',
    `Countries with legal notes: ${data.countries.map((c) => `${c.record.code} (${c.record.notes.length} notes)`).join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}
