import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, launch, type Harness } from './harness';

const carrierPage = '<!doctype html><html><head><title>Vodafone</title></head><body><h1>Vodafone</h1><a href="/area-clienti">Area Clienti</a></body></html>';

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  describe('cancellation toolkit', () => {
    it('fills the letter from the popup: actions wait for the required fields, the text carries the address and the user data', async () => {
      const tab = await h.visit('https://www.vodafone.it/privati/area-fai-da-te.html', carrierPage);
      await eventually(
        () => h.badge(tab),
        (b) => b !== '',
      );
      const popup = await h.popup(await h.tabIdOf(tab));
      await popup.setViewportSize({ width: 400, height: 900 });
      const toolkit = popup.locator('section.toolkit');
      await toolkit.getByText('When can it end?').click();
      await toolkit.getByLabel('Contract start date').fill('2025-06-01');
      await expect.poll(() => toolkit.locator('.deadline-result').innerText()).toContain('Earliest end');
      await toolkit.locator('summary', { hasText: 'Checklist' }).click();
      await toolkit.getByRole('checkbox', { name: 'Settle the last bill' }).waitFor();
      await toolkit.screenshot({ path: h.artifact('popup-toolkit.png') });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await toolkit.screenshot({ path: h.artifact('popup-toolkit-dark.png') });

      const letter = await h.waitForPage(() => toolkit.getByRole('button', { name: 'Write the cancellation letter' }).click());
      await letter.waitForLoadState();
      expect(new URL(await letter.url()).pathname).toBe('/letter.html');
      expect(new URL(await letter.url()).searchParams.get('carrier')).toBe('vodafone-it');
      await letter.setViewportSize({ width: 1100, height: 900 });
      await expect.poll(() => letter.locator('h1').textContent()).toBe('Cancellation letter: Vodafone Italia');

      const copy = letter.getByRole('button', { name: 'Copy' });
      const download = letter.getByRole('button', { name: 'Download as text' });
      expect(await copy.isDisabled()).toBe(true);
      expect(await download.isDisabled()).toBe(true);
      expect(await letter.locator('pre').count()).toBe(0);

      await letter.getByLabel('Full name').fill('Maria Rossi');
      await letter.getByLabel('Phone number').fill('+39 333 123 4567');
      expect(await copy.isDisabled()).toBe(true);
      await letter.getByLabel('Customer or contract number').fill('1.23456789');
      expect(await copy.isDisabled()).toBe(true);
      await letter.getByLabel('Your postal address').fill('Via Roma 1\n00100 Roma');
      expect(await copy.isDisabled()).toBe(false);
      expect(await download.isDisabled()).toBe(false);

      const original = letter.locator('[data-letter="original"]');
      const text = await original.innerText();
      expect(text).toContain('Servizio Clienti Vodafone, Casella Postale 190, 10015 Ivrea (TO)');
      expect(text).toContain('Maria Rossi');
      expect(text).toContain('+39 333 123 4567');
      expect(text).toContain('codice cliente 1.23456789');
      expect(await letter.locator('[data-letter="translation"]').innerText()).toContain('hereby cancel the contract');

      const file = await letter.download(() => download.click());
      expect(file.suggestedFilename).toMatch(/^vodafone-it-cancellation-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(file.content).toBe(text.replace(/\n$/, ''));

      await letter.getByRole('radio', { name: /PEC/ }).check();
      await expect.poll(() => original.innerText()).toMatch(/^Oggetto: Recesso dal contratto Vodafone Italia/);
      expect(await letter.getByText('To: servizioclienti@vodafone.pec.it').count()).toBe(1);
      expect(await letter.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href')).toMatch(
        /^mailto:servizioclienti@vodafone\.pec\.it\?subject=/,
      );
      await letter.screenshot({ path: h.artifact('letter.png'), fullPage: true });
      await letter.emulateMedia({ colorScheme: 'dark' });
      await letter.screenshot({ path: h.artifact('letter-dark.png'), fullPage: true });

      await letter.getByLabel('Full name').fill('');
      expect(await copy.isDisabled()).toBe(true);
      expect(await letter.locator('pre').count()).toBe(0);
      expect(await letter.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href')).toBeNull();

      await letter.close();
      await popup.close();
      await tab.close();
    });

    it('keeps checklist ticks across popups', async () => {
      const popup = await h.popup(undefined);
      await popup.locator('input[type="search"]').fill('Proximus');
      await popup.locator('[role="option"]').filter({ hasText: 'Proximus' }).first().click();
      await popup.locator('summary', { hasText: 'Checklist' }).click();
      await popup.getByRole('checkbox', { name: 'Settle the last bill' }).check();
      await popup.reload();
      await popup.locator('input[type="search"]').fill('Proximus');
      await popup.locator('[role="option"]').filter({ hasText: 'Proximus' }).first().click();
      await popup.locator('summary', { hasText: 'Checklist' }).click();
      await expect.poll(() => popup.getByRole('checkbox', { name: 'Settle the last bill' }).isChecked()).toBe(true);
      await popup.close();
    });
  });
});
