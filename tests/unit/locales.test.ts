import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/utils/engine/locales';

type Messages = Record<string, { message: string }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
const en = load('en');

/** Every key the code asks for with a literal string, e.g. t('showCancel'). */
function keysUsedInCode(): string[] {
  const files = ['components', 'entrypoints/popup', 'entrypoints/options', 'utils'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
  return [...new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1])))];
}

describe('locales', () => {
  it('has a file for every UI language and no other', () => {
    expect(
      readdirSync('locales')
        .map((f) => f.replace('.json', ''))
        .sort(),
    ).toEqual([...UI_LOCALES].sort());
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s has every key of en with the same placeholders', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(messages[key].message.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholders(messages[key].message), `${locale}.${key}`).toEqual(placeholders(message));
    }
  });

  it('defines every key the code uses', () => {
    for (const key of keysUsedInCode()) expect(en, key).toHaveProperty(key);
  });

  it('defines the message for every data field and method kind the guide can name', async () => {
    const { METHOD_KINDS, UNVERIFIABLE, CARRIER_KINDS } = await import('@/data/schema');
    for (const k of METHOD_KINDS) expect(en).toHaveProperty(`method_${k}`);
    for (const k of UNVERIFIABLE) expect(en).toHaveProperty(`field_${k}`);
    for (const k of CARRIER_KINDS) expect(en).toHaveProperty(`kind_${k.replace('-', '_')}`);
  });
});
