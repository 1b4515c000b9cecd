/**
 * One language throughout for a browser set to a regional language: the popup's own text, the
 * carrier's facts and the labels the background sends to the page all follow fr-BE → fr and
 * zh-TW → zh_TW, whether or not the browser itself has an interface in that language.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, fixture, launch, type Harness } from './harness';

type Messages = Record<string, { message: string }>;
const messages = (locale: string): Messages => JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
const proximus = JSON.parse(readFileSync('data/carriers/proximus.json', 'utf8')) as { steps: { items: Record<string, string>[] } };

async function proximusPopup(h: Harness) {
  const tab = await h.visit('https://www.proximus.be/fr/mes-produits', fixture('carriers/proximus.html'));
  await eventually(
    () => h.badge(tab),
    (b) => b !== '',
  );
  const popup = await h.popup(await h.tabIdOf(tab));
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.locator('ol.steps li').first().waitFor();
  return { tab, popup };
}

/** The labels SIM Exit drew on the page, from its overlay's shadow root. */
const overlayText = (h: Harness, tab: Awaited<ReturnType<Harness['visit']>>) =>
  eventually(
    () => tab.evaluate(() => document.querySelector('sim-exit-overlay')?.shadowRoot?.textContent ?? ''),
    (text) => text !== '',
  );

describe.each(BROWSERS)('%s', (browser) => {
  describe('a fr-BE browser', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch({ browser, locale: 'fr-BE' });
    });
    afterAll(() => h?.close());

    it('gets the Proximus guide in French: UI text, carrier facts and page labels', async () => {
      const fr = messages('fr');
      const { tab, popup } = await proximusPopup(h);
      expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
      const text = await popup.locator('body').innerText();
      expect(text).toContain(fr.waysToCancel.message);
      expect(text).toContain(fr.yourRights.message);
      expect(await popup.locator('ol.steps li').first().innerText()).toBe(proximus.steps.items[0].fr);
      expect(text).not.toContain(messages('en').waysToCancel.message);
      await popup.screenshot({ path: h.artifact('popup-fr-BE.png'), fullPage: true });

      const labels = await overlayText(h, tab);
      expect(labels).toContain(fr.overlayAccount.message);
      expect(labels).not.toContain(messages('en').overlayAccount.message);
      await popup.close();
      await tab.close();
    });

    it('writes the Proximus letter in French, with no translation to keep from sending', async () => {
      const fr = messages('fr');
      const letter = await h.extensionPage('letter.html?carrier=proximus');
      await expect.poll(() => letter.locator('h1').textContent()).toBe(fr.letterPageTitle.message.replace('$1', 'Proximus'));
      expect(await letter.getByLabel(fr.letterLanguage.message).inputValue()).toBe('fr');
      await letter.getByLabel(fr.letterName.message).fill('Marie Dubois');
      await letter.getByLabel(fr.letterPhone.message).fill('+32 470 12 34 56');
      await letter.getByLabel(fr.letterCustomerNumber.message).fill('123456789');
      const original = letter.locator('[data-letter="original"]');
      await original.waitFor();
      expect(await original.innerText()).toContain('Marie Dubois');
      expect(await letter.locator('section[lang="fr"]').count()).toBe(1);
      expect(await letter.locator('[data-letter="translation"]').count()).toBe(0);
      await letter.close();
    });
  });

  describe('a zh-TW browser', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch({ browser, locale: 'zh-TW' });
    });
    afterAll(() => h?.close());

    it('gets the Proximus guide in Traditional Chinese, its facts derived from the Simplified ones', async () => {
      const tw = messages('zh_TW');
      const { tab, popup } = await proximusPopup(h);
      expect(await popup.locator('html').getAttribute('lang')).toBe('zh-TW');
      const text = await popup.locator('body').innerText();
      expect(text).toContain(tw.steps.message);
      expect(text).toContain(tw.yourRights.message);
      expect(text).not.toContain(messages('zh_CN').yourRights.message);
      const traditional = OpenCC.Converter({ from: 'cn', to: 'twp' })(proximus.steps.items[0].zh_CN);
      expect(traditional).not.toBe(proximus.steps.items[0].zh_CN);
      expect(await popup.locator('ol.steps li').first().innerText()).toBe(traditional);
      await popup.screenshot({ path: h.artifact('popup-zh-TW.png'), fullPage: true });

      expect(await overlayText(h, tab)).toContain(tw.overlayAccount.message);
      await popup.close();
      await tab.close();
    });
  });
});
