import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { setLanguage, uiLanguageTag } from '@/utils/i18n';
import type { Found, ShowTarget, TabState, TabStateQuery } from '@/utils/messages';
import { loadSettings } from '@/utils/settings';
import { popupTabId } from '@/utils/popup-tab';
import '@/components/popup.css';

const LAST_COUNTRY = 'lastCountry';

async function start() {
  const settings = await loadSettings();
  await setLanguage(settings.language);
  document.documentElement.lang = uiLanguageTag();

  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = popupTabId(location.search, active?.id);
  const query: TabStateQuery = { type: 'sim-exit/tab-state', tabId: tabId ?? -1 };
  const tabState = tabId === undefined ? undefined : ((await browser.runtime.sendMessage(query)) as TabState | null) ?? undefined;
  const stored = await browser.storage.local.get(LAST_COUNTRY);

  render(
    <App
      context={{
        tabId,
        tabState,
        lastCountry: typeof stored[LAST_COUNTRY] === 'string' ? stored[LAST_COUNTRY] : undefined,
        rememberCountry: (code) => void browser.storage.local.set({ [LAST_COUNTRY]: code }),
        async find() {
          if (tabId === undefined) throw new Error('no tab');
          const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/finder.js'] });
          return (result?.result as Found | undefined) ?? { account: false, cancel: false };
        },
        async show(target) {
          if (tabId === undefined) return false;
          const message: ShowTarget = { type: 'sim-exit/show', target };
          const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as { shown?: boolean } | undefined;
          if (reply?.shown) window.close();
          return !!reply?.shown;
        },
      }}
    />,
    document.getElementById('app')!,
  );
}

void start();
