import { useState } from 'preact/hooks';
import { UI_LOCALES } from '@/utils/engine/locales';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage/settings';

/** A language's name in that language ("Italiano", "中文（中国）"), so a user can find their own. */
function nativeName(locale: string): string {
  const tag = locale.replace('_', '-');
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? locale;
}

export function Options({ initial, save }: { initial: Settings; save(change: Partial<Settings>): Promise<Settings> }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const update = async (change: Partial<Settings>) => {
    setSettings(await save(change));
    setStatus(t('saved'));
  };
  return (
    <main class="options">
      <h1>
        <img src="/icon/32.png" alt="" width="24" height="24" /> SIM Exit · {t('optionsTitle')}
      </h1>
      <p>
        <label>
          <input type="checkbox" checked={settings.autoHighlight} onChange={(e) => void update({ autoHighlight: (e.target as HTMLInputElement).checked })} />{' '}
          {t('optionAutoHighlight')}
        </label>
      </p>
      <p class="muted">{t('optionAutoHighlightHelp')}</p>
      <p>
        <label>
          <input type="checkbox" checked={settings.debug} onChange={(e) => void update({ debug: (e.target as HTMLInputElement).checked })} /> {t('optionDebug')}
        </label>
      </p>
      <p>
        <label for="language">{t('optionLanguage')}</label>{' '}
        <select
          id="language"
          value={settings.language}
          onChange={(e) => void update({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {nativeName(l)}
            </option>
          ))}
        </select>
      </p>
      <p role="status" class="muted">
        {status}
      </p>
    </main>
  );
}
