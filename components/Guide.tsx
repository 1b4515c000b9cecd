import type { Carrier, Country, Localized } from '@/data/schema';
import { codeToFlag } from '@/utils/engine/flags';
import { pick, t } from '@/utils/i18n';
import { countryName, kindLabel } from '@/utils/i18n/format';
import type { Action, Found, Target } from '@/utils/engine/messages';
import { ShowButtons } from './ShowButtons';
import { Methods } from './Methods';
import { SourceList, SourceRefs } from './SourceRefs';
import { EsimSteps } from './EsimSteps';
import { LegalNotes } from './LegalNotes';
import { Toolkit } from './Toolkit';

export interface PageActions {
  found: Found;
  covered?: Action[];
  show(target: Target): Promise<boolean>;
}

function Fact({ title, text, src, carrier }: { title: string; text?: Localized; src?: string[]; carrier: Carrier }) {
  if (!text || !src) return null;
  return (
    <section class="fact">
      <h3>{title}</h3>
      <p>
        {pick(text)}
        <SourceRefs ids={src} sources={carrier.sources} />
      </p>
    </section>
  );
}

/** What the popup offers for the tab: "Show me" per action found, else a way to the carrier's pages. */
function OnPage({ carrier, page }: { carrier: Carrier; page: PageActions }) {
  const anyEnding = page.found.end || page.found.renewal;
  return (
    <div class="on-page" role="group" aria-label={t('onThisPage')}>
      <ShowButtons found={page.found} covered={page.covered} show={page.show} />
      {!page.found.account && <AccountWay carrier={carrier} />}
      {!page.found.account && !anyEnding && !carrier.accountUrl && carrier.cancelPage && (
        <a class="button primary" href={carrier.cancelPage.url} target="_blank" rel="noreferrer noopener">
          {t('carrierCancelPage')}
        </a>
      )}
    </div>
  );
}

/**
 * The way into the account area when the page shows none: the sourced account URL, else the
 * carrier's own site (its sourced host), where the highlighter points at the account link.
 */
export function AccountWay({ carrier }: { carrier: Carrier }) {
  if (carrier.accountUrl)
    return (
      <a class="button primary" href={carrier.accountUrl.url} target="_blank" rel="noreferrer noopener">
        {t('openAccountPage')}
      </a>
    );
  const host = carrier.hosts[0]?.host;
  if (!host) return null;
  return (
    <a class="button primary" href={`https://${host}/`} target="_blank" rel="noreferrer noopener" data-carrier-site>
      {t('openCarrierSite', carrier.name)}
    </a>
  );
}

export function Guide(props: { carrier: Carrier; countries: Country[]; page?: PageActions; onBack?: () => void }) {
  const { carrier: c, page } = props;
  const renew = c.autoRenew;
  return (
    <article class="guide" aria-labelledby="guide-title">
      <header class="guide-head">
        {props.onBack && (
          <button type="button" class="link back" onClick={props.onBack}>
            ← {t('back')}
          </button>
        )}
        <h2 id="guide-title">{c.name}</h2>
        <p class="muted">
          <span aria-hidden="true">{codeToFlag(c.country)}</span> {countryName(c.country)} · {kindLabel(c.kind)}
        </p>
      </header>

      {page && <OnPage carrier={c} page={page} />}
      {!page && c.accountUrl && (
        <p>
          <a class="button" href={c.accountUrl.url} target="_blank" rel="noreferrer noopener">
            {t('openAccountPage')}
          </a>
          <SourceRefs ids={c.accountUrl.src} sources={c.sources} />
        </p>
      )}

      <p class="callout" role="note">
        {t('esimWarning')}
      </p>
      <details class="difference">
        <summary>{t('differenceTitle')}</summary>
        <dl>
          {(['End', 'Renew', 'Delete', 'Port', 'Esim'] as const).map((k) => (
            <div key={k}>
              <dt>{t(`difference${k}`)}</dt>
              <dd>{t(`difference${k}Text`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <section>
        <h3>{t('waysToCancel')}</h3>
        {c.methods.length ? <Methods methods={c.methods} sources={c.sources} /> : <p class="muted">{t('noMethods')}</p>}
        {c.cancelPage && (
          <p>
            <a href={c.cancelPage.url} target="_blank" rel="noreferrer noopener">
              {t('carrierCancelPage')}
            </a>
            <SourceRefs ids={c.cancelPage.src} sources={c.sources} />
          </p>
        )}
      </section>

      {c.steps && (
        <section>
          <h3>{t('steps')}</h3>
          <ol class="steps">
            {c.steps.items.map((s, i) => (
              <li key={i}>{pick(s)}</li>
            ))}
          </ol>
          <SourceRefs ids={c.steps.src} sources={c.sources} />
        </section>
      )}
      <Toolkit carrier={c} countries={props.countries} />

      <Fact title={t('notice')} text={c.notice?.text} src={c.notice?.src} carrier={c} />
      <Fact title={t('fees')} text={c.fees?.text} src={c.fees?.src} carrier={c} />
      {renew && (
        <section class="fact">
          <h3>{t('autoRenew')}</h3>
          <p>
            {renew.renews ? t('renewsYes') : t('renewsNo')} {pick(renew.howToStop)}
            <SourceRefs ids={renew.src} sources={c.sources} />
          </p>
        </section>
      )}
      <Fact title={t('refund')} text={c.refund?.text} src={c.refund?.src} carrier={c} />
      <Fact title={t('deleteAccount')} text={c.deleteAccount?.text} src={c.deleteAccount?.src} carrier={c} />
      <Fact title={t('portOut')} text={c.portOut?.text} src={c.portOut?.src} carrier={c} />
      {c.notes?.map((note, i) => (
        <Fact key={i} title={t('goodToKnow')} text={note.text} src={note.src} carrier={c} />
      ))}

      {c.unverified.length > 0 && (
        <section class="unverified">
          <h3>{t('notConfirmed')}</h3>
          <p>{c.unverified.map((f) => t(`field_${f}`)).join(' · ')}</p>
          <p class="muted">{t('notConfirmedHelp')}</p>
        </section>
      )}

      {props.countries.length > 0 && <LegalNotes countries={props.countries} />}
      <EsimSteps />

      <section>
        <h3>{t('sources')}</h3>
        <SourceList sources={c.sources} />
      </section>
    </article>
  );
}
