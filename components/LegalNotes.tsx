import type { Country } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import { SourceList, SourceRefs } from './SourceRefs';
import { countryName } from '@/utils/i18n/format';

/** A country's (and the EU's) rules that help the user, each with its sources. */
export function LegalNotes({ countries }: { countries: Country[] }) {
  return (
    <section class="legal">
      <h3>{t('yourRights')}</h3>
      {countries.map((country) => (
        <details key={country.code}>
          <summary>{country.code === 'EU' ? t('euRules') : t('countryRules', countryName(country.code))}</summary>
          <ul>
            {country.notes.map((n, i) => (
              <li key={i}>
                <strong>{pick(n.title)}</strong> {pick(n.text)}
                <SourceRefs ids={n.src} sources={country.sources} />
              </li>
            ))}
          </ul>
          <SourceList sources={country.sources} />
        </details>
      ))}
    </section>
  );
}
