import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Harness } from './harness';

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  describe('letter page in print', () => {
    it('prints the letter to send and nothing else', async () => {
      const letter = await h.extensionPage('letter.html?carrier=vodafone-de');
      await letter.setViewportSize({ width: 1100, height: 900 });
      await letter.getByLabel('Full name').fill('Max Mustermann');
      await letter.getByLabel('Your postal address').fill('Hauptstraße 1\n10115 Berlin');
      await letter.getByLabel('Phone number').fill('+49 151 1234 5678');
      await letter.getByLabel('Customer or contract number').fill('K-123456');
      await letter.getByLabel(/IBAN/).fill('DE89 3704 0044 0532 0130 00');
      await letter.getByRole('button', { name: 'Print' }).waitFor();
      expect(await letter.getByRole('button', { name: 'Print' }).isDisabled()).toBe(false);
      await letter.screenshot({ path: h.artifact('letter-de.png'), fullPage: true });

      await letter.emulateMedia({ media: 'print' });
      const visible = (selector: string) => letter.locator(selector).first().isVisible();
      expect(await visible('[data-letter="original"]')).toBe(true);
      for (const hidden of ['h1', 'form', '.letter-actions', '[data-letter="translation"]', '#letter-original', '.letter-basis'])
        expect(await visible(hidden), hidden).toBe(false);
      expect(await letter.locator('[data-letter="original"]').innerText()).toContain('IBAN DE89 3704 0044 0532 0130 00');
      await letter.screenshot({ path: h.artifact('letter-print.png'), fullPage: true });
      await letter.close();
    });
  });
});
