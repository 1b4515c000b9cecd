import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, eventually, launch, type Harness } from './harness';
import { alsoInReadme } from './readme';

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><a href="/area-clienti">Area Clienti</a></body></html>`;

describe.each(BROWSERS)('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ browser });
  });
  afterAll(() => h?.close());

  describe('badge on carrier sites', () => {
    it.each([
      ['https://www.vodafone.it/privati/', 'IT'],
      ['https://login.tim.it/login', 'IT'],
      ['http://www.iliad.it/account/', 'IT'],
      ['https://www.proximus.be/nl/', 'BE'],
      ['https://www.airalo.com/my-esims', 'eSIM'],
    ])('sets the badge on %s', async (url, text) => {
      const tab = await h.visit(url, page('Carrier'));
      expect(
        await eventually(
          () => h.badge(tab),
          (b) => b !== '',
        ),
      ).toBe(text);
      await tab.close();
    });

    it.each(['https://example.com/', 'https://timtim.it/', 'https://tim.it.evil.example/', 'https://notproximus.be/'])(
      'leaves %s alone: no badge and no script',
      async (url) => {
        const tab = await h.visit(url, page('Not a carrier'));
        await tab.waitForTimeout(500);
        expect(await h.badge(tab)).toBe('');
        expect(await tab.locator('[data-sim-exit], sim-exit-overlay').count()).toBe(0);
        await tab.close();
      },
    );

    it('clears the badge when the tab leaves the carrier site', async () => {
      const tab = await h.visit('https://www.windtre.it/', page('WINDTRE'));
      expect(
        await eventually(
          () => h.badge(tab),
          (b) => b !== '',
        ),
      ).toBe('IT');
      await h.visit('https://example.com/next', page('Elsewhere')).then((p) => p.close());
      await tab.goto('https://example.com/next');
      expect(
        await eventually(
          () => h.badge(tab),
          (b) => b === '',
        ),
      ).toBe('');
      await tab.close();
    });
  });

  describe('popup', () => {
    it("shows the guide of the tab's carrier with ways to cancel and dated sources", async () => {
      const tab = await h.visit('https://www.vodafone.it/privati/area-fai-da-te.html', page('Vodafone'));
      await eventually(
        () => h.badge(tab),
        (b) => b !== '',
      );
      const popup = await h.popup(await h.tabIdOf(tab));
      await expect.poll(() => popup.locator('h2').first().textContent()).toBe('Vodafone Italia');
      const text = await popup.locator('main').innerText();
      expect(text).toContain('Italy');
      expect(text).toContain('Ways to cancel');
      expect(text).toContain('190');
      expect(text).toContain('servizioclienti@vodafone.pec.it');
      expect(text).toMatch(/checked 2026-\d\d-\d\d/);
      expect(text).toContain('does not end the contract');
      await popup.setViewportSize({ width: 400, height: 900 });
      await popup.screenshot({ path: h.artifact('popup-vodafone-en.png'), fullPage: true });
      if (browser === 'chromium') alsoInReadme(h.artifact('popup-vodafone-en.png'), 'popup-en.png');
      await popup.close();
      await tab.close();
    });

    /**
     * What #app shows in each frame while popup.html?tabId=<tabId> opens in a frame of another
     * extension page, until `done` holds: "busy: …" for the shell, "ready: …" after.
     */
    async function framesWhileOpening(tabId: number, done: string): Promise<string[]> {
      const host = await h.extensionPage('options.html');
      const seen = await host.evaluate(
        ({ src, done }) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.append(frame);
          const seen: string[] = [];
          return new Promise<string[]>((resolve) => {
            const sample = () => {
              const main = frame.contentDocument?.querySelector('#app main');
              const state = main && `${main.hasAttribute('aria-busy') ? 'busy' : 'ready'}: ${main.textContent!.trim().slice(0, 200)}`;
              if (state && seen.at(-1) !== state) seen.push(state);
              if (frame.contentDocument?.querySelector(done) || seen.length > 50) resolve(seen);
              else requestAnimationFrame(sample);
            };
            sample();
          });
        },
        { src: `popup.html?tabId=${tabId}`, done },
      );
      await host.close();
      return seen;
    }

    it("opens on the guide of the tab's carrier without showing anything else first: a busy shell with no words, then the guide", async () => {
      const tab = await h.visit('https://www.vodafone.it/privati/area-fai-da-te.html', page('Vodafone'));
      await eventually(
        () => h.badge(tab),
        (b) => b !== '',
      );
      const seen = await framesWhileOpening(await h.tabIdOf(tab), '#guide-title');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((state) => state !== 'busy: SIM Exit' && !(state.startsWith('ready: ') && state.includes('Vodafone Italia')))).toEqual([]);
      await tab.close();
    });

    it('opens on the lookup off carrier sites, never on a loading line', async () => {
      const tab = await h.visit('https://example.com/', page('Example'));
      const seen = await framesWhileOpening(await h.tabIdOf(tab), 'input[type="search"]');
      expect(seen.length).toBeGreaterThan(0);
      expect(
        seen.filter(
          (state) => state !== 'busy: SIM Exit' && !(state.startsWith('ready: ') && state.includes('not a carrier we know') && !state.includes('Loading')),
        ),
      ).toEqual([]);
      await tab.close();
    });

    it('off carrier sites says so and offers the country lookup', async () => {
      const tab = await h.visit('https://example.com/', page('Example'));
      const popup = await h.popup(await h.tabIdOf(tab));
      await expect.poll(() => popup.locator('main').innerText()).toContain('not a carrier we know');
      await popup.locator('input[type="search"]').fill('Belgium');
      await expect.poll(() => popup.locator('[role="option"]').first().textContent()).toContain('Belgium');
      await popup.screenshot({ path: h.artifact('popup-lookup-en.png') });
      await popup.close();
      await tab.close();
    });
  });
});
