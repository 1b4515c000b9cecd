import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App, openingFor, type PopupContext } from '@/components/App';
import { Options } from '@/components/Options';
import { EsimSteps } from '@/components/EsimSteps';
import { Guide } from '@/components/Guide';
import { Lookup } from '@/components/Lookup';
import { loadCarrier } from '@/utils/catalog';
import { setLanguage } from '@/utils/i18n';

beforeEach(async () => {
  await setLanguage('en');
});

describe('guide', () => {
  it("shows a carrier's ways to cancel, steps, and numbered sources with their dates", async () => {
    const carrier = (await loadCarrier('vodafone-it'))!;
    const { container } = render(<Guide carrier={carrier} countries={[]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vodafone Italia');
    expect(container.querySelector('a[href="tel:190"]')?.textContent).toBe('190');
    expect(container.querySelector('a[href="mailto:servizioclienti@vodafone.pec.it"]')).not.toBeNull();
    const sources = container.querySelectorAll('.sources li');
    expect(sources).toHaveLength(carrier.sources.length);
    expect(sources[0].textContent).toContain(`checked ${carrier.sources[0].checked}`);
    const firstRef = container.querySelector('.refs a')!;
    expect(container.querySelector(firstRef.getAttribute('href')!)).not.toBeNull();
    expect(container.textContent).toContain('does not end the contract');
  });

  it('says which facts are not confirmed', async () => {
    const carrier = (await loadCarrier('tim'))!;
    expect(carrier.unverified.length).toBeGreaterThan(0);
    render(<Guide carrier={carrier} countries={[]} />);
    expect(screen.getByText('Not confirmed')).toBeTruthy();
  });

  it('speaks Chinese when the UI is in Chinese', async () => {
    await setLanguage('zh_CN');
    const carrier = (await loadCarrier('proximus'))!;
    const { container } = render(<Guide carrier={carrier} countries={[]} />);
    expect(container.textContent).toContain('取消方式');
    expect(container.textContent).toContain(carrier.steps!.items[0].zh_CN);
    expect(container.textContent).toContain('比利时');
  });

  it('offers "Show me" for targets found on the page and the account page otherwise', async () => {
    const carrier = (await loadCarrier('vodafone-it'))!;
    const show = vi.fn(async () => true);
    render(<Guide carrier={carrier} countries={[]} page={{ found: { account: false, end: true, renewal: false, delete: false }, show }} />);
    fireEvent.click(screen.getByText('Show me where to end the contract'));
    expect(show).toHaveBeenCalledWith('end');
    expect(screen.queryByText('Show me the account link')).toBeNull();
  });
});

describe('eSIM removal steps', () => {
  it('load only when the section is opened, then show every phone with its sourced warning', async () => {
    const { container } = render(<EsimSteps />);
    const details = container.querySelector('details.esim') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(container.textContent).not.toContain('iPhone');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(container.textContent).toContain('iPhone'));
    expect(container.textContent).toContain('Pixel');
    expect(container.querySelector('.callout .refs a')).not.toBeNull();
  });
});

describe('lookup', () => {
  it('moves with the arrow keys, opens with Enter and clears with Escape', async () => {
    const onCountry = vi.fn();
    const onCarrier = vi.fn();
    render(<Lookup onCountry={onCountry} onCarrier={onCarrier} />);
    const input = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'wind' } });
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    expect(screen.getAllByRole('option')[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCarrier).toHaveBeenCalledWith('windtre');

    fireEvent.input(input, { target: { value: 'Belg' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0].textContent).toContain('Belgium'));
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCountry).toHaveBeenCalledWith('BE');

    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(input.value).toBe(''));
  });

  const offered = () => screen.getAllByRole('option').map((o) => o.getAttribute('data-hit'));

  it('offers the last viewed country first while the box is empty, and only once', () => {
    render(<Lookup lastCountry="IT" onCountry={() => {}} onCarrier={() => {}} />);
    expect(screen.getAllByRole('option')[0].textContent).toContain('Italy');
    expect(offered().filter((h) => h === 'country:IT')).toHaveLength(1);
  });

  it('with an empty box shows what is covered: the countries with guides, then the travel eSIMs', () => {
    render(<Lookup onCountry={() => {}} onCarrier={() => {}} />);
    const hits = offered();
    for (const code of ['BE', 'CH', 'DE', 'ES', 'FR', 'GB', 'IT', 'JP', 'NL']) expect(hits).toContain(`country:${code}`);
    expect(hits).toContain('carrier:airalo');
    expect(hits).not.toContain('country:PT');
    expect(hits).not.toContain('carrier:vodafone-it');
    const firstTravel = hits.findIndex((h) => h === 'carrier:airalo');
    expect(hits.slice(firstTravel).every((h) => h!.startsWith('carrier:'))).toBe(true);
    expect(screen.getByText('Travel eSIM sellers (work in every country)')).toBeTruthy();
  });

  it('puts a country without guides that was viewed last before the covered ones', () => {
    render(<Lookup lastCountry="PT" onCountry={() => {}} onCarrier={() => {}} />);
    expect(offered()[0]).toBe('country:PT');
    expect(offered()).toContain('country:DE');
  });

  it('opens a covered country from the empty box with the keyboard', () => {
    const onCountry = vi.fn();
    render(<Lookup onCountry={onCountry} onCarrier={() => {}} />);
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCountry).toHaveBeenCalledWith(offered()[1]!.slice('country:'.length));
  });

  it('forgives a typo and speaks the country names of the UI language', async () => {
    render(<Lookup onCountry={() => {}} onCarrier={() => {}} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'Itlay' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0].textContent).toContain('Italy'));
  });
});

function tabOn(carrierId: string, over: Partial<PopupContext> = {}): PopupContext {
  return {
    tabId: 7,
    tabState: { carrierId, found: { account: true, end: true, renewal: false, delete: false }, covered: [] },
    show: vi.fn(async () => true),
    find: vi.fn(async () => ({ account: false, end: false, renewal: false, delete: false })),
    rememberCountry: vi.fn(),
    openOptions: vi.fn(),
    ...over,
  };
}

/** The popup as main.tsx draws it: once the view it opens on for the tab is loaded. */
async function renderPopup(context: PopupContext) {
  return render(<App context={context} opening={await openingFor(context.tabState)} />);
}

describe('popup on a carrier site', () => {
  const guideTitle = () => screen.findByRole('heading', { level: 2 });

  it('"Other countries" has a way back to the carrier\'s guide, with its Show me buttons', async () => {
    await renderPopup(tabOn('vodafone-it'));
    expect((await guideTitle()).textContent).toBe('Vodafone Italia');
    expect(screen.queryByRole('button', { name: /Back to Vodafone Italia/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Other countries' }));
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'Belgium' } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Belgium'));
    fireEvent.click(screen.getByRole('button', { name: /Back to Vodafone Italia/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vodafone Italia'));
    expect(screen.getByText('Show me where to end the contract')).toBeTruthy();
  });

  it("keeps the Show me buttons on a guide opened from the lookup when it is the tab's carrier, and only then", async () => {
    const context = tabOn('vodafone-it');
    await renderPopup(context);
    await guideTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Other countries' }));
    const input = await screen.findByRole('combobox');
    fireEvent.input(input, { target: { value: 'Vodafone Italia' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0].getAttribute('data-hit')).toBe('carrier:vodafone-it'));
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(await screen.findByText('Show me where to end the contract'));
    expect(context.show).toHaveBeenCalledWith('end');

    fireEvent.click(screen.getByRole('button', { name: /Back to|Other countries/ }));
    const again = await screen.findByRole('combobox');
    fireEvent.input(again, { target: { value: 'Proximus' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0].getAttribute('data-hit')).toBe('carrier:proximus'));
    fireEvent.keyDown(again, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Proximus'));
    expect(screen.queryByText('Show me where to end the contract')).toBeNull();
  });

  it('gets its Show me buttons when the page reports them after the popup opened', async () => {
    let report: ((state: NonNullable<PopupContext['tabState']>) => void) | undefined;
    const unsubscribe = vi.fn();
    const nothing = { account: false, end: false, renewal: false, delete: false };
    const context = tabOn('vodafone-it', {
      tabState: { carrierId: 'vodafone-it', found: nothing, covered: [] },
      watchTabState: (onChange) => {
        report = onChange;
        return unsubscribe;
      },
    });
    const { unmount } = await renderPopup(context);
    await guideTitle();
    expect(screen.queryByText('Show me where to end the contract')).toBeNull();
    // Another carrier's record (the tab moved on) changes nothing here.
    report!({ carrierId: 'tim', found: { ...nothing, end: true }, covered: [] });
    report!({ carrierId: 'vodafone-it', found: { ...nothing, end: true }, covered: [] });
    expect(await screen.findByText('Show me where to end the contract')).toBeTruthy();
    unmount();
    await waitFor(() => expect(unsubscribe).toHaveBeenCalledOnce());
  });

  it('links to the options from the header, as a button the keyboard reaches', async () => {
    const context = tabOn('vodafone-it');
    await renderPopup(context);
    await guideTitle();
    const settings = screen.getByRole('button', { name: 'Settings' });
    expect(settings.closest('header')).not.toBeNull();
    expect(settings.tabIndex).toBe(0);
    fireEvent.click(settings);
    expect(context.openOptions).toHaveBeenCalledOnce();
  });

  it('links to the options off carrier sites too', async () => {
    const context = tabOn('x', { tabState: undefined });
    await renderPopup(context);
    await screen.findByRole('combobox');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(context.openOptions).toHaveBeenCalledOnce();
  });
});

describe('popup while it opens', () => {
  /** popup.html's #app as the browser shows it before any script runs. */
  function shell(): HTMLElement {
    const html = new DOMParser().parseFromString(readFileSync('entrypoints/popup/index.html', 'utf8'), 'text/html');
    const app = document.createElement('div');
    app.append(...html.getElementById('app')!.childNodes);
    return app;
  }

  it('shows the header and a busy placeholder before any script runs, with no words that need a language', () => {
    const main = shell().querySelector('main')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    expect(main.querySelector('header h1')?.textContent?.trim()).toBe('SIM Exit');
    expect(main.textContent!.trim()).toBe('SIM Exit');
    expect(main.querySelector('.placeholder')?.getAttribute('aria-hidden')).toBe('true');
    expect(main.querySelectorAll('button, a, input')).toHaveLength(0);
  });

  it('takes the shell over: the same header, one main, no longer busy', async () => {
    const container = document.body.appendChild(shell());
    const shellTitle = container.querySelector('h1')!.outerHTML;
    render(<App context={tabOn('x', { tabState: undefined })} opening={await openingFor(undefined)} />, { container });
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(container.querySelector('main')!.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('.placeholder')).toBeNull();
    expect(container.querySelector('h1')!.outerHTML).toBe(shellTitle);
    expect(screen.getByRole('button', { name: 'Settings' }).closest('header')).not.toBeNull();
  });

  it("opens on the tab's carrier guide with its country's legal notes in the very first render", async () => {
    const opening = await openingFor({ carrierId: 'vodafone-it', found: { account: true, end: true, renewal: false, delete: false }, covered: [] });
    expect(opening.notes.map((c) => c.code)).toEqual(['IT', 'EU']);
    render(<App context={tabOn('vodafone-it')} opening={opening} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vodafone Italia');
    expect(screen.getByText('Show me where to end the contract')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your rights' })).toBeTruthy();
    expect(screen.queryByText(/not a carrier we know/)).toBeNull();
  });

  it('off carrier sites opens on the lookup with its search box in the first render, then focuses it', async () => {
    const context = tabOn('x', { tabState: undefined });
    render(<App context={context} opening={await openingFor(undefined)} />);
    expect(screen.getByText(/not a carrier we know/)).toBeTruthy();
    const input = screen.getByRole('combobox');
    expect(screen.queryByText('Loading…')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it("says so when the tab's carrier has no guide, and never offers the lookup as if the site were unknown", async () => {
    const opening = await openingFor({ carrierId: 'no-such-carrier', found: { account: false, end: false, renewal: false, delete: false }, covered: [] });
    expect(opening.failed).toBe(true);
    render(<App context={tabOn('no-such-carrier')} opening={opening} />);
    expect(screen.getByRole('alert').textContent).toBe('This guide could not be loaded. Reinstalling the extension may help.');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByText(/not a carrier we know/)).toBeNull();
  });
});

describe('options page', () => {
  const settings = { autoHighlight: true, language: 'auto', debug: false } as const;

  it('says what SIM Exit does and what it promises about privacy', () => {
    render(<Options initial={settings} save={async (c) => ({ ...settings, ...c })} />);
    expect(screen.getByRole('heading', { name: 'What SIM Exit does' })).toBeTruthy();
    const privacy = screen.getByRole('heading', { name: 'Your privacy' }).parentElement!.textContent!;
    expect(privacy).toContain('no network requests');
    expect(privacy).toContain('no analytics');
    expect(privacy).toContain('leaves your browser');
  });

  it('speaks Chinese when the UI is in Chinese', async () => {
    await setLanguage('zh_CN');
    render(<Options initial={settings} save={async (c) => ({ ...settings, ...c })} />);
    expect(screen.getByRole('heading', { name: 'SIM Exit 的作用' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '隐私' })).toBeTruthy();
  });
});
