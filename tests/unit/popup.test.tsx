import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('offers the last viewed country first while the box is empty', () => {
    render(<Lookup lastCountry="IT" onCountry={() => {}} onCarrier={() => {}} />);
    expect(screen.getByRole('option').textContent).toContain('Italy');
  });
});
