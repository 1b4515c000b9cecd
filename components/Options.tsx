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
      <header class="bar">
        <h1>
          <img src="/icon/32.png" alt="" width="24" height="24" /> SIM Exit · {t('optionsTitle')}
        </h1>
      </header>
      <section class="card" aria-labelledby="about-title">
        <h2 id="about-title">{t('aboutTitle')}</h2>
        <p>{t('aboutText')}</p>
      </section>
      <section class="card settings">
        <div class="choice">
          <input
            id="auto-highlight"
            type="checkbox"
            checked={settings.autoHighlight}
            aria-describedby="auto-highlight-help"
            onChange={(e) => void update({ autoHighlight: (e.target as HTMLInputElement).checked })}
          />
          <div>
            <label for="auto-highlight">{t('optionAutoHighlight')}</label>
            <span id="auto-highlight-help" class="muted">
              {t('optionAutoHighlightHelp')}
            </span>
          </div>
        </div>
        <div class="choice">
          <input id="debug-view" type="checkbox" checked={settings.debug} onChange={(e) => void update({ debug: (e.target as HTMLInputElement).checked })} />
          <div>
            <label for="debug-view">{t('optionDebug')}</label>
          </div>
        </div>
        <div class="field">
          <label for="language">{t('optionLanguage')}</label>
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
        </div>
        <p role="status" class="muted">
          {status}
        </p>
      </section>
      <section class="card privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}
