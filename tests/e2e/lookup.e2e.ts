import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, fixture, launch, type Harness } from './harness';
import { alsoInReadme } from './readme';

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  async function lookupPopup() {
    const popup = await h.popup();
    await popup.locator('input[type="search"]').waitFor();
    return popup;
  }

  describe('country lookup in the real popup', () => {
    it.each([
      ['意大利', 'country:IT'],
      ['Italia', 'country:IT'],
      ['Italy', 'country:IT'],
      ['Italie', 'country:IT'],
      ['IT', 'country:IT'],
      ['🇮🇹', 'country:IT'],
      ['比利时', 'country:BE'],
      ['Belgique', 'country:BE'],
      ['België', 'country:BE'],
      ['Belgie', 'country:BE'],
      ['Belgium', 'country:BE'],
      ['BE', 'country:BE'],
      ['ho.', 'carrier:ho-mobile'],
      ['Wind', 'carrier:windtre'],
      ['Vikings', 'carrier:mobile-vikings'],
      ['Itlay', 'country:IT'],
      ['Germnay', 'country:DE'],
      ['Deutschland', 'country:DE'],
      ['Allemagne', 'country:DE'],
      ['Svizzera', 'country:CH'],
      ['España', 'country:ES'],
      ['英国', 'country:GB'],
      ['UK', 'country:GB'],
      ['🇩🇪', 'country:DE'],
      ['de', 'country:DE'],
    ])('typing %s offers %s first', async (query, hit) => {
      const popup = await lookupPopup();
      await popup.locator('input[type="search"]').pressSequentially(query, { delay: 5 });
      await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-hit')).toBe(hit);
      await popup.close();
    });

    it("opens a country's carriers with the keyboard, then a guide, and remembers the country", async () => {
      const popup = await lookupPopup();
      const input = popup.locator('input[type="search"]');
      await input.fill('Belg');
      await expect.poll(() => popup.locator('[role="option"][aria-selected="true"]').getAttribute('data-hit')).toBe('country:BE');
      await input.press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toContain('Belgium');
      for (const name of ['Proximus', 'Orange Belgium', 'BASE', 'Telenet']) expect(await popup.locator('.carrier-list').first().innerText()).toContain(name);
      expect(await popup.locator('main').innerText()).toContain('Travel eSIM');
      await popup.locator('[data-carrier="proximus"]').focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Proximus');
      await popup.close();

      const again = await lookupPopup();
      await expect.poll(() => again.locator('[role="option"]').first().getAttribute('data-hit')).toBe('country:BE');
      await again.close();
    });

    it('says so for a country with no carrier guides, and still shows what is generally true', async () => {
      const popup = await lookupPopup();
      await popup.locator('input[type="search"]').fill('Portugal');
      await popup.locator('input[type="search"]').press('Enter');
      await expect.poll(() => popup.locator('main').innerText()).toContain('no carrier guides for this country yet');
      const text = await popup.locator('main').innerText();
      expect(text).toContain('Everywhere in the EU');
      expect(text).toContain('Removing the eSIM profile');
      await popup.close();
    });

    it('offers Germany once, and opening it keeps the EU rights', async () => {
      const popup = await lookupPopup();
      const input = popup.locator('input[type="search"]');
      await input.fill('Germany');
      await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-hit')).toBe('country:DE');
      const countries = await popup.locator('[role="option"][data-hit^="country:"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hit')));
      expect(countries).toEqual(['country:DE']);
      await input.press('Enter');
      await expect.poll(() => popup.locator('main').innerText()).toContain('Everywhere in the EU');
      await popup.close();
    });

    it('shows what is covered while the box is empty: countries with guides, then travel eSIMs', async () => {
      const popup = await lookupPopup();
      await popup.locator('[role="option"]').first().waitFor();
      const hits = await popup.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hit')!));
      for (const hit of ['country:DE', 'country:GB', 'country:JP', 'country:IT', 'carrier:airalo']) expect(hits).toContain(hit);
      expect(new Set(hits).size).toBe(hits.length);
      expect(await popup.locator('main').innerText()).toContain('We have carrier guides for these countries');
      await popup.close();
    });

    it('Escape clears the box and the focus ring is visible', async () => {
      const popup = await lookupPopup();
      const input = popup.locator('input[type="search"]');
      await input.fill('Italy');
      await input.press('Escape');
      expect(await input.inputValue()).toBe('');
      // Keyboard focus back onto the box without leaving the page (the box is the last stop: a Tab
      // from it goes to the browser's own toolbar, which in Firefox has stops of its own).
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Tab');
      expect(await input.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      await popup.close();
    });
  });

  describe('no dead ends on a carrier site', () => {
    async function carrierPopup() {
      const tab = await h.visit('https://www.vodafone.it/fai-da-te/', fixture('carriers/vodafone-it.html'));
      const tabId = await h.tabIdOf(tab);
      // The badge comes with the page's hello, the targets with its report a moment later: the popup
      // reads the tab's state once, when it opens.
      await eventually(
        async () => Object.values((await h.tabState(tabId))?.found ?? {}).some(Boolean),
        (found) => found,
      );
      const popup = await h.popup(tabId);
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Vodafone Italia');
      return { tab, popup };
    }
    const showMe = (popup: Awaited<ReturnType<typeof carrierPopup>>['popup']) => popup.getByRole('button', { name: /^Show me/ });

    it("goes from Other countries back to the carrier's guide, with its Show me buttons", async () => {
      const { tab, popup } = await carrierPopup();
      await expect.poll(() => showMe(popup).count()).toBeGreaterThan(0);
      await popup.getByRole('button', { name: 'Other countries' }).click();
      await popup.locator('input[type="search"]').fill('Belgium');
      await popup.locator('input[type="search"]').press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toContain('Belgium');
      await popup.setViewportSize({ width: 400, height: 300 });
      await popup.screenshot({ path: h.artifact('back-to-carrier-en.png') });
      await popup.getByRole('button', { name: 'Back to Vodafone Italia' }).click();
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Vodafone Italia');
      await expect.poll(() => showMe(popup).count()).toBeGreaterThan(0);

      await popup.getByRole('button', { name: 'Other countries' }).click();
      await popup.locator('input[type="search"]').fill('Vodafone Italia');
      await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-hit')).toBe('carrier:vodafone-it');
      await popup.locator('input[type="search"]').press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Vodafone Italia');
      await expect.poll(() => showMe(popup).count()).toBeGreaterThan(0);
      await popup.close();
      await tab.close();
    });

    it('opens the options from the header with the keyboard', async () => {
      const { tab, popup } = await carrierPopup();
      await popup.getByRole('button', { name: 'Settings' }).focus();
      const closed = popup.waitForClose();
      // The popup closes itself once the options page is open, so the key press may not see its page again.
      const options = await h.waitForPage(() => popup.keyboard.press('Enter').catch(() => undefined));
      expect(new URL(await options.url()).pathname).toBe('/options.html');
      await closed;
      await expect.poll(() => options.locator('h1').innerText()).toContain('Settings');
      await options.close();
      await tab.close();
    });
  });

  describe('languages and themes', () => {
    it('follows the language chosen in the options (Chinese), and takes screenshots for the README', async () => {
      const options = await h.extensionPage('options.html');
      await options.locator('#language').selectOption('zh_CN');
      await options.waitForLoadState('load');
      await expect.poll(() => options.locator('h1').innerText()).toContain('设置');

      const popup = await lookupPopup();
      expect(await popup.locator('label[for="lookup-input"]').innerText()).toBe('国家或运营商');
      await popup.locator('input[type="search"]').fill('意大利');
      await expect.poll(() => popup.locator('[role="option"]').first().innerText()).toContain('意大利');
      await popup.setViewportSize({ width: 400, height: 560 });
      await popup.screenshot({ path: h.artifact('lookup-zh_CN.png') });
      if (browser === 'chromium') alsoInReadme(h.artifact('lookup-zh_CN.png'));
      await popup.close();

      await options.locator('#language').selectOption('en');
      await options.waitForLoadState('load');
      await expect.poll(() => options.locator('h1').innerText()).toContain('Settings');
      await options.locator('#language').selectOption('auto');
      await options.close();

      const english = await lookupPopup();
      await english.locator('input[type="search"]').fill('Bel');
      await english.setViewportSize({ width: 400, height: 560 });
      await expect.poll(() => english.locator('[role="option"]').first().innerText()).toContain('Belgium');
      await english.screenshot({ path: h.artifact('lookup-en.png') });
      if (browser === 'chromium') alsoInReadme(h.artifact('lookup-en.png'));
      await english.close();
    });

    it.each(['en', 'zh_CN'])('takes screenshots of the empty lookup and the options page in %s, light and dark', async (language) => {
      await h.storageLocal.set({ settings: { autoHighlight: true, language } });
      const heading = language === 'en' ? 'What SIM Exit does' : 'SIM Exit 的作用';
      for (const colorScheme of ['light', 'dark'] as const) {
        const popup = await h.extensionPage('popup.html', { colorScheme, viewport: { width: 400, height: 600 } });
        await popup.locator('[role="option"]').first().waitFor();
        await popup.screenshot({ path: h.artifact(`lookup-covered-${language}-${colorScheme}.png`), fullPage: true });
        await popup.close();

        const options = await h.extensionPage('options.html', { colorScheme, viewport: { width: 900, height: 700 } });
        await expect.poll(() => options.locator('h2').first().innerText()).toBe(heading);
        await options.screenshot({ path: h.artifact(`options-${language}-${colorScheme}.png`) });
        await options.close();
      }
      await h.storageLocal.remove('settings');
    });

    it('renders a dark theme when the system asks for one', async () => {
      const popup = await h.extensionPage('popup.html', { colorScheme: 'dark' });
      await popup.locator('input[type="search"]').fill('Vodafone Italia');
      await popup.locator('input[type="search"]').press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Vodafone Italia');
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(21, 25, 29)');
      await popup.setViewportSize({ width: 400, height: 700 });
      await popup.screenshot({ path: h.artifact('guide-dark.png') });
      await popup.close();
    });

    it('stays readable at 200 % zoom: nothing runs off the side', async () => {
      const popup = await h.extensionPage('popup.html', { viewport: { width: 800, height: 600 } });
      await popup.evaluate(() => ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = '2'));
      // Proximus has the longest cancellation URL of all guides.
      await popup.locator('input[type="search"]').fill('Proximus');
      await popup.locator('input[type="search"]').press('Enter');
      await expect.poll(() => popup.locator('h2').first().innerText()).toBe('Proximus');
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await popup.screenshot({ path: h.artifact('guide-zoom200.png') });
      await popup.close();
    });
  });
});
