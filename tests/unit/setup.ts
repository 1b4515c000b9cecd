import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../locales/en.json';

afterEach(() => cleanup());

// WXT's fake browser has no i18n; answer from the real English messages as Chrome would.
const messages = en as Record<string, { message: string }>;
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en-US';
