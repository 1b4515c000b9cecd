import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Guide } from '@/components/Guide';
import { Letter } from '@/components/Letter';
import { Toolkit } from '@/components/Toolkit';
import { letterTemplates as letters } from '@/utils/catalog/letters';
import type { Country, LetterTemplates } from '@/data/schema';
import { loadCarrier } from '@/utils/catalog';
import { setLanguage } from '@/utils/i18n';
import { loadCountry } from '@/utils/catalog';

const templates: LetterTemplates = letters;
const italy = async () => [(await loadCountry('IT'))!] as Country[];
const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** Opens a toolkit section as a click on its summary would, and waits for its code to arrive. */
async function open(name: 'deadline' | 'checklist') {
  const details = document.querySelector<HTMLDetailsElement>(`details.${name}`)!;
  expect(details.open).toBe(false);
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(details.textContent).not.toContain('Loading'));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await setLanguage('en');
});

describe('toolkit in the guide', () => {
  it('comes right after the steps and before the eSIM removal', async () => {
    const carrier = (await loadCarrier('vodafone-it'))!;
    const { container } = render(<Guide carrier={carrier} countries={await italy()} />);
    const order = [...container.querySelectorAll('ol.steps, section.toolkit, details.esim')].map((e) => e.className);
    expect(order).toEqual(['steps', 'toolkit', 'esim']);
    // Closed until asked for: the guide opens without loading the calculator or the checklist.
    expect([...container.querySelectorAll('section.toolkit details')].map((d) => (d as HTMLDetailsElement).open)).toEqual([false, false]);
  });

  it('opens the letter page for the carrier in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Toolkit carrier={(await loadCarrier('tim'))!} countries={await italy()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Write the cancellation letter' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/letter\.html\?carrier=tim$/) });
  });
});

describe('deadline calculator', () => {
  it('gives the Italian dates with the rule and its source once the start date is in', async () => {
    render(<Toolkit carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} today="2026-03-10" />);
    await open('deadline');
    expect(screen.getByText('Enter the contract start date to see the dates.')).toBeTruthy();
    type('Contract start date', '2025-06-01');
    const result = document.querySelector('.deadline-result')!;
    expect(result.textContent).toContain('Earliest end 2026-04-09');
    expect(result.textContent).toContain('Notice is at most 30 days in Italy.');
    const link = result.querySelector('a')!;
    expect(link.textContent).toBe('Notice: 30 days at most');
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('asks a travel eSIM for its renewal date and gives the last day to cancel', async () => {
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-03-31');
    expect(document.querySelector('.deadline-result')!.textContent).toContain('Cancel by 2026-03-24');
    expect(document.querySelector('.deadline-result')!.textContent).toContain('The seller asks for the cancellation 7 days before the renewal.');
  });

  it('asks for the notifications permission when a reminder is turned on, and sets it', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-03-31');
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me 3 days before/ }));
    await waitFor(() => expect(screen.getByText('A notification will come on 2026-03-21.')).toBeTruthy());
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await fakeBrowser.alarms.get('reminder:holafly')).toBeDefined();
  });

  it('sets no reminder when notifications are refused', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => false) as never;
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-03-31');
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no reminder was set'));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('checklist', () => {
  it('keeps its ticks for the carrier', async () => {
    const carrier = (await loadCarrier('proximus'))!;
    const first = render(<Toolkit carrier={carrier} countries={[]} />);
    await open('checklist');
    fireEvent.click(screen.getByRole('checkbox', { name: "Save the carrier's confirmation" }));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('checklist:proximus'))['checklist:proximus']).toMatchObject({ confirmation: true }));
    first.unmount();
    render(<Toolkit carrier={carrier} countries={[]} />);
    await open('checklist');
    await waitFor(() => expect((screen.getByRole('checkbox', { name: "Save the carrier's confirmation" }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('checkbox', { name: 'Settle the last bill' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('letter editor', () => {
  it('keeps copy, download and mail disabled until the required fields are filled', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    const copy = screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement;
    const download = screen.getByRole('button', { name: 'Download as text' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    expect(download.disabled).toBe(true);
    expect(container.textContent).toContain('To get the letter, fill in: your name, the phone number, a customer number or the ICCID');
    expect(container.querySelector('pre')).toBeNull();

    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    expect(copy.disabled).toBe(true);
    type(/Customer or contract number/, 'C-1');
    expect(copy.disabled).toBe(false);
    expect(download.disabled).toBe(false);
  });

  it('writes to the chosen channel in Italian with an English translation beside it', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    type(/ICCID/, '89391000001234567890');
    const original = container.querySelector('[data-letter="original"]')!.textContent!;
    expect(original).toContain('Casella Postale 190, 10015 Ivrea (TO)');
    expect(original).toContain('ICCID 89391000001234567890');
    expect(container.querySelector('[data-letter="translation"]')!.textContent).toContain('hereby cancel the contract');

    fireEvent.click(screen.getByRole('radio', { name: /PEC/ }));
    expect(container.querySelector('[data-letter="original"]')!.textContent).toMatch(/^Oggetto: Recesso dal contratto Vodafone Italia/);
    const mail = screen.getByRole('link', { name: 'Open in my mail app' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:servizioclienti@vodafone\.pec\.it\?subject=/);
  });

  it('explains where the text goes when the carrier lists no written address', async () => {
    render(<Letter carrier={(await loadCarrier('airalo'))!} countries={[]} templates={templates} />);
    expect(screen.getByRole('note').textContent).toContain('online form or chat');
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
