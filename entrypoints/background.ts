import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage, handleTabLoading, watchSettings } from '@/utils/background/index';
import { handleAlarm } from '@/utils/background/alarms';
import { clearTabState } from '@/utils/storage/tab-state';

export default defineBackground(() => {
  watchSettings();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: what we knew about the old one no longer holds. The new page's
    // content script (carrier hosts only) reports again; without the tabs permission the new URL is
    // not visible here, so no URL check is possible or needed.
    if (change.status === 'loading') void handleTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
});
