import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Carrier, Country, LetterTemplates } from '@/data/schema';
import { todayIso } from '@/utils/engine/deadline';
import { t, uiLanguageTag, uiLocale } from '@/utils/i18n';
import {
  buildLetter,
  channelsFor,
  letterFileName,
  letterLanguages,
  mailtoUrl,
  type Channel,
  type FieldProblem,
  type LetterFields,
  type LetterLanguage,
} from '@/utils/engine/letter';

function languageName(language: LetterLanguage): string {
  const tag = language.replace('_', '-');
  return new Intl.DisplayNames([uiLanguageTag()], { type: 'language' }).of(tag) ?? tag;
}

function problemText(p: FieldProblem): string {
  return p.kind === 'missing' ? t(`letterNeed_${p.field}`) : t(`letterBad_${p.field}`);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click has queued the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Input = 'name' | 'phone' | 'customerNumber' | 'iccid' | 'date';

/** The letter editor: the user's fields, the channel and language, the letter and its translation side by side. */
export function Letter(props: { carrier: Carrier; countries: Country[]; templates: LetterTemplates; today?: string }) {
  const { carrier, countries, templates } = props;
  const channels = channelsFor(carrier);
  const reader = uiLocale();
  const languages = letterLanguages(carrier, reader);
  const [fields, setFields] = useState<LetterFields>({ name: '', phone: '', customerNumber: '', iccid: '', date: props.today ?? todayIso() });
  // Without a written address the text goes into a form or chat, so it needs no postal header.
  const [channel, setChannel] = useState<Channel>(channels[0]?.channel ?? 'email');
  const [language, setLanguage] = useState<LetterLanguage>(languages[0]);
  const [status, setStatus] = useState('');

  const input = { carrier, countries, fields, channel, templates };
  const result = buildLetter({ ...input, language });
  const translation = reader !== language ? buildLetter({ ...input, language: reader }) : undefined;
  const letter = result.ok ? result.letter : undefined;
  const mailto = letter && channel !== 'letter' ? mailtoUrl(letter) : undefined;
  const problemFields = new Set<string>(result.ok ? [] : result.problems.map((p) => p.field));

  const field = (name: Input, label: string, opts: { type?: 'text' | 'tel' | 'date'; required?: boolean; autocomplete?: string; inputMode?: string } = {}) => {
    const bad = problemFields.has(name) || (problemFields.has('reference') && (name === 'customerNumber' || name === 'iccid'));
    return (
      <div class="field">
        <label for={`letter-${name}`}>
          {label}
          {opts.required && <span class="muted"> ({t('letterRequired')})</span>}
        </label>
        <input
          {...({ type: opts.type ?? 'text', inputMode: opts.inputMode } as JSX.IntrinsicElements['input'])}
          id={`letter-${name}`}
          name={name}
          value={fields[name] ?? ''}
          required={opts.required}
          autocomplete={opts.autocomplete}
          aria-invalid={bad && !!fields[name] ? 'true' : undefined}
          aria-describedby={name === 'customerNumber' || name === 'iccid' ? 'letter-reference-help' : undefined}
          onInput={(e) => {
            setStatus('');
            setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement).value });
          }}
        />
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
          {field('phone', t('letterPhone'), { required: true, type: 'tel', autocomplete: 'tel' })}
          {field('customerNumber', t('letterCustomerNumber'))}
          {field('iccid', t('letterIccid'), { inputMode: 'numeric' })}
          <p id="letter-reference-help" class="muted">
            {t('letterReferenceHelp')}
          </p>
          {field('date', t('letterDate'), { required: true, type: 'date' })}
        </fieldset>
        {channels.length > 0 ? (
          <fieldset class="letter-channels">
            <legend>{t('letterChannel')}</legend>
            {channels.map((c) => (
              <label key={c.channel} class="choice">
                <input type="radio" name="channel" value={c.channel} checked={channel === c.channel} onChange={() => setChannel(c.channel)} />
                <span>
                  {t(`letterChannel_${c.channel}`)} <span class="muted">{c.to}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p class="callout" role="note">
            {t('letterNoChannel')}
          </p>
        )}
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
        {channel !== 'letter' && channels.length > 0 && (
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
          <section lang={language.replace('_', '-')} aria-labelledby="letter-original">
            <h2 id="letter-original">{t('letterInLanguage', languageName(language))}</h2>
            {letter.to && <p class="muted">{t('letterTo', letter.to)}</p>}
            <pre class="letter-text" data-letter="original">
              {letter.text}
            </pre>
          </section>
          {translation?.ok && (
            <section lang={reader.replace('_', '-')} aria-labelledby="letter-translation">
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
          <p class="muted">
            {t('letterLegalBasis')}{' '}
            <a href={letter.legalBasis.url} target="_blank" rel="noreferrer noopener">
              {letter.legalBasis.title}
            </a>
          </p>
        ) : (
          <p class="muted">{t('letterNoLegalBasis')}</p>
        ))}
    </div>
  );
}
