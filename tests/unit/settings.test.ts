import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '@/utils/storage/settings';

const OTHER = { lastCountry: 'IT', 'checklist:tim': { done: ['a'] }, 'tab:3': { carrierId: 'tim' } };

describe('settings from storage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(OTHER);
  });

  it('are the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ autoHighlight: true, language: 'auto', debug: false });
  });

  it.each([
    ['a string', 'autoHighlight=false'],
    ['a number', 42],
    ['null', null],
    ['an array', [false, 'it']],
    ['a JSON string of the settings', JSON.stringify({ autoHighlight: false, language: 'it', debug: false })],
    ['true', true],
  ])('fall back to the defaults when the stored value is %s, and leave other data alone', async (_, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(Object.keys(OTHER))).toEqual(OTHER);
  });

  it.each([
    ['an old boolean-as-string format', { autoHighlight: 'false', language: 'it', debug: false }, { autoHighlight: true, language: 'it', debug: false }],
    ['a hyphenated or unknown language', { autoHighlight: false, language: 'zh-CN', debug: false }, { autoHighlight: false, language: 'auto', debug: false }],
    [
      'a language that is not a string',
      { autoHighlight: false, language: { code: 'fr' }, debug: false },
      { autoHighlight: false, language: 'auto', debug: false },
    ],
    ['a number for the switch', { autoHighlight: 0, language: 'de', debug: false }, { autoHighlight: true, language: 'de', debug: false }],
    ['unknown old fields only', { highlight: false, lang: 'fr', version: 1 }, DEFAULT_SETTINGS],
  ])('keep each valid field and default the rest for %s', async (_, stored, expected) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadSettings()).toEqual(expected);
    expect(await fakeBrowser.storage.local.get(Object.keys(OTHER))).toEqual(OTHER);
  });

  it('are not fooled by a stored "__proto__" key', () => {
    expect(parseSettings(JSON.parse('{"__proto__": {"autoHighlight": false, "language": "it"}}'))).toEqual(DEFAULT_SETTINGS);
  });

  it('run on the defaults when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('corrupted database'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are saved under their own key without touching other stored data', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await saveSettings({ autoHighlight: false })).toEqual({ autoHighlight: false, language: 'auto', debug: false });
    expect(await saveSettings({ language: 'nl' })).toEqual({ autoHighlight: false, language: 'nl', debug: false });
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).toEqual({ ...OTHER, settings: { autoHighlight: false, language: 'nl', debug: false } });
  });

  it('ignore an invalid change and keep that field as it was', async () => {
    await saveSettings({ autoHighlight: false, language: 'fr', debug: false });
    expect(await saveSettings({ autoHighlight: 'no' as never, language: 'xx' as never })).toEqual({ autoHighlight: false, language: 'fr', debug: false });
    expect(await loadSettings()).toEqual({ autoHighlight: false, language: 'fr', debug: false });
  });

  it('drop unknown fields from an old format when saved again', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false, highlight: true, theme: 'dark' } });
    await saveSettings({ language: 'it' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ autoHighlight: false, language: 'it', debug: false });
  });
});
