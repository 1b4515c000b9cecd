import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Carrier, Country, LetterTemplates } from '@/data/schema';
import { todayIso } from '@/utils/engine/deadline';
import { t, uiLanguageTag, uiLocale } from '@/utils/i18n';
import { channelsFor, letterRequires, pasteMethods, rulesFor, type Channel } from '@/utils/engine/rules';
import {
  buildLetter,
  checkFields,
  FIELD_MAX_LENGTH,
  letterFileName,
  letterLanguages,
  mailtoUrl,
  type FieldProblem,
  type LetterField,
  type LetterFields,
  type LetterLanguage,
} from '@/utils/engine/letter';

function languageName(language: LetterLanguage): string {
  const tag = language.replace('_', '-');
  return new Intl.DisplayNames([uiLanguageTag()], { type: 'language' }).of(tag) ?? tag;
}

/** The problem in the summary line ("To get the letter, fill in: …"). */
function problemText(p: FieldProblem): string {
  if (p.kind === 'tooLong') return t('letterTooLong', t(`letterNeed_${p.field}`), FIELD_MAX_LENGTH[p.field as LetterField]);
  return p.kind === 'missing' ? t(`letterNeed_${p.field}`) : t(`letterBad_${p.field}`);
}

/** The same problem beside its field. */
function fieldProblemText(p: FieldProblem): string {
  return p.kind === 'tooLong' ? t('letterFieldTooLong', FIELD_MAX_LENGTH[p.field as LetterField]) : t('letterFieldBad', t(`letterBad_${p.field}`));
}

const list = (items: string[]) => new Intl.ListFormat(uiLanguageTag(), { type: 'disjunction' }).format(items);

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click has queued the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type FieldOptions = { type?: 'text' | 'tel' | 'date'; required?: boolean; autocomplete?: string; inputMode?: string; multiline?: boolean; help?: string };

/** Where the text goes when the carrier lists no written address: its real ways of taking one, else ask it. */
function NoWrittenAddress({ carrier }: { carrier: Carrier }) {
  const ways = pasteMethods(carrier).map((m) => t(`letterPaste_${m}`));
  return (
    <p class="callout" role="note">
      {ways.length ? t('letterNoChannel', list(ways)) : t('letterNoChannelAtAll')}
    </p>
  );
}

/** The letter editor: the user's fields, the channel and language, the letter and its translation side by side. */
export function Letter(props: { carrier: Carrier; countries: Country[]; templates: LetterTemplates; today?: string }) {
  const { carrier, countries, templates } = props;
  const channels = channelsFor(carrier, countries);
  const anyAddress = channels.some((c) => c.addresses.length > 0);
  const offersIban = letterRequires(rulesFor(carrier, countries)).has('iban-refund');
  const reader = uiLocale();
  const languages = letterLanguages(carrier, reader);
  const [fields, setFields] = useState<LetterFields>({
    name: '',
    phone: '',
    customerNumber: '',
    iccid: '',
    address: '',
    iban: '',
    date: props.today ?? todayIso(),
  });
  // Without a written address the text goes into a form or chat, so it needs no postal header.
  const first = channels.find((c) => c.addresses.length) ?? channels[0];
  const [choice, setChoice] = useState<{ channel: Channel; to?: string }>({ channel: first?.channel ?? 'email', to: first?.addresses[0] });
  const channel = choice.channel;
  const [language, setLanguage] = useState<LetterLanguage>(languages[0]);
  const [status, setStatus] = useState('');

  const input = { carrier, countries, fields, channel, to: choice.to, templates };
  const result = buildLetter({ ...input, language });
  const translation = reader !== language ? buildLetter({ ...input, language: reader }) : undefined;
  const letter = result.ok ? result.letter : undefined;
  const mailto = letter && channel !== 'letter' ? mailtoUrl(letter) : undefined;
  const problemFields = new Set<string>(result.ok ? [] : result.problems.map((p) => p.field));
  // Shown beside a field once something is typed in it: a wrong or too long value, not a missing one.
  const fieldProblems = checkFields(fields).filter((p) => p.kind !== 'missing');

  const field = (name: LetterField, label: string, opts: FieldOptions = {}) => {
    const bad = problemFields.has(name) || (problemFields.has('reference') && (name === 'customerNumber' || name === 'iccid'));
    const problem = fieldProblems.find((p) => p.field === name);
    const errorId = `letter-${name}-error`;
    const describedBy =
      [name === 'customerNumber' || name === 'iccid' ? 'letter-reference-help' : '', opts.help ? `letter-${name}-help` : '', problem ? errorId : '']
        .filter(Boolean)
        .join(' ') || undefined;
    const common = {
      id: `letter-${name}`,
      name,
      value: fields[name] ?? '',
      required: opts.required,
      maxLength: FIELD_MAX_LENGTH[name],
      autocomplete: opts.autocomplete,
      'aria-invalid': (bad || problem) && !!fields[name] ? ('true' as const) : undefined,
      'aria-describedby': describedBy,
      onInput: (e: Event) => {
        setStatus('');
        setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value });
      },
    };
    return (
      <div class="field">
        <label for={`letter-${name}`}>
          {label}
          {opts.required && <span class="muted"> ({t('letterRequired')})</span>}
        </label>
        {opts.multiline ? (
          <textarea {...common} rows={3} />
        ) : (
          <input {...({ type: opts.type ?? 'text', inputMode: opts.inputMode } as JSX.IntrinsicElements['input'])} {...common} />
        )}
        {opts.help && (
          <p id={`letter-${name}-help`} class="muted">
            {opts.help}
          </p>
        )}
        {problem && (
          <p id={errorId} class="error">
            {fieldProblemText(problem)}
          </p>
        )}
      </div>
    );
  };

  const copy = async () => {
    if (!letter) return;
    const ok = await navigator.clipboard.writeText(letter.text).then(
      () => true,
      () => false,
    );
    setStatus(ok ? t('letterCopied') : t('letterCopyFailed'));
  };

  return (
    <div class="letter">
      <form class="letter-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('letterYourDetails')}</legend>
          {field('name', t('letterName'), { required: true, autocomplete: 'name' })}
          {field('address', t('letterAddress'), {
            required: channel === 'letter',
            autocomplete: 'street-address',
            multiline: true,
            help: t('letterAddressHelp'),
          })}
          {field('phone', t('letterPhone'), { required: true, type: 'tel', autocomplete: 'tel' })}
          {field('customerNumber', t('letterCustomerNumber'))}
          {field('iccid', t('letterIccid'), { inputMode: 'numeric' })}
          <p id="letter-reference-help" class="muted">
            {t('letterReferenceHelp')}
          </p>
          {offersIban && field('iban', t('letterIban'), { help: t('letterIbanHelp') })}
          {field('date', t('letterDate'), { required: true, type: 'date' })}
        </fieldset>
        {channels.length > 0 && (
          <fieldset class="letter-channels">
            <legend>{t('letterChannel')}</legend>
            {channels.flatMap((c) =>
              (c.addresses.length ? c.addresses : [undefined]).map((to) => (
                <label key={`${c.channel}:${to ?? ''}`} class="choice">
                  <input
                    type="radio"
                    name="channel"
                    value={`${c.channel}:${to ?? ''}`}
                    checked={channel === c.channel && choice.to === to}
                    onChange={() => setChoice({ channel: c.channel, to })}
                  />
                  <span>
                    {t(`letterChannel_${c.channel}`)} <span class="muted">{to ?? t('letterAddressNotConfirmed')}</span>
                  </span>
                </label>
              )),
            )}
          </fieldset>
        )}
        {!anyAddress && <NoWrittenAddress carrier={carrier} />}
        {languages.length > 1 && (
          <div class="field">
            <label for="letter-language">{t('letterLanguage')}</label>
            <select id="letter-language" value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as LetterLanguage)}>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>

      {!result.ok && (
        <p class="letter-missing" role="status" aria-live="polite">
          {t('letterMissing', result.problems.map(problemText).join(', '))}
        </p>
      )}

      <div class="letter-actions" role="group" aria-label={t('letterActions')}>
        <button type="button" class="primary" disabled={!letter} onClick={() => void copy()}>
          {t('letterCopy')}
        </button>
        <button type="button" disabled={!letter} onClick={() => letter && download(letterFileName(carrier, fields.date), letter.text)}>
          {t('letterDownload')}
        </button>
        <button type="button" disabled={!letter} onClick={() => window.print()}>
          {t('letterPrint')}
        </button>
        {channel !== 'letter' && anyAddress && (
          <a
            class={`button${mailto ? '' : ' disabled'}`}
            href={mailto}
            role="link"
            aria-disabled={mailto ? undefined : 'true'}
            onClick={(e) => {
              if (!mailto) e.preventDefault();
            }}
          >
            {t('letterMailto')}
          </a>
        )}
        <span class="muted" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {channel === 'pec' && <p class="muted">{t('letterPecHint')}</p>}
      {channel === 'letter' && channels.length > 0 && <p class="muted">{t('letterLetterHint')}</p>}

      {letter && (
        <div class={`letter-preview${translation?.ok ? ' two' : ''}`}>
          <section class="letter-original" lang={language.replace('_', '-')} aria-labelledby="letter-original">
            <h2 id="letter-original">{t('letterInLanguage', languageName(language))}</h2>
            {letter.to && <p class="muted">{t('letterTo', letter.to)}</p>}
            <pre class="letter-text" data-letter="original">
              {letter.text}
            </pre>
          </section>
          {translation?.ok && (
            <section class="letter-translation" lang={reader.replace('_', '-')} aria-labelledby="letter-translation">
              <h2 id="letter-translation">{t('letterTranslation', languageName(reader))}</h2>
              <pre class="letter-text translation" data-letter="translation">
                {translation.letter.text}
              </pre>
            </section>
          )}
        </div>
      )}
      {letter &&
        (letter.legalBasis ? (
          <p class="muted letter-basis">
            {t('letterLegalBasis')}{' '}
            <a href={letter.legalBasis.url} target="_blank" rel="noreferrer noopener">
              {letter.legalBasis.title}
            </a>
          </p>
        ) : (
          <p class="muted letter-basis">{t('letterNoLegalBasis')}</p>
        ))}
    </div>
  );
}
