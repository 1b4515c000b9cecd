import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
const germany = async () => [(await loadCountry('DE'))!, (await loadCountry('EU'))!] as Country[];
const belgium = async () => [(await loadCountry('BE'))!, (await loadCountry('EU'))!] as Country[];
const eu = async () => [(await loadCountry('EU'))!] as Country[];
const checklistLabels = () => [...document.querySelectorAll('.checklist-items label')].map((l) => l.textContent);
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
  // The reminder's alarm is set against the clock: give the page the same day as `today`.
  const clock = (date: Date) => vi.useFakeTimers({ now: date, toFake: ['Date'] });
  afterEach(() => {
    vi.useRealTimers();
  });
  const result = () => document.querySelector('.deadline-result');
  /** The message next to a field, found the way a screen reader finds it. */
  const fieldMessage = (label: string) => {
    const input = screen.getByLabelText(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    return document.getElementById(input.getAttribute('aria-describedby')!)!.textContent;
  };

  it('gives the Italian dates with the rule and its source once the start date is in', async () => {
    render(<Toolkit carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} today="2026-03-10" />);
    await open('deadline');
    expect(screen.getByText('Enter the contract start date to see the dates.')).toBeTruthy();
    type('Contract start date', '2025-06-01');
    expect(result()!.textContent).toContain('Notice is at most 30 days in Italy.');
    const link = result()!.querySelector('a')!;
    // The source's name, not the rule said a second time ("Notice: 30 days at most").
    expect(link.textContent).toBe('Decreto Bersani 2007: testo sulla disdetta (art. 1 comma 3)');
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(result()!.textContent).toContain('Counted from a request sent today.');
  });

  it('says the earliest end and the free end once when they are the same day', async () => {
    render(<Toolkit carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} today="2026-03-10" />);
    await open('deadline');
    type('Contract start date', '2025-06-01');
    expect([...result()!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Earliest end, free of charge April 9, 2026']);
    expect(result()!.querySelector('time')!.getAttribute('dateTime')).toBe('2026-04-09');
  });

  it('keeps two lines when the free end comes later, each with its own date', async () => {
    render(<Toolkit carrier={(await loadCarrier('windtre'))!} countries={await italy()} today="2026-03-10" />);
    await open('deadline');
    type('Contract start date', '2025-06-01');
    type('Minimum term in months, if any', '24');
    expect([...result()!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Earliest end April 9, 2026', 'Ends free of charge from June 1, 2027']);
  });

  it('writes dates in the language of the UI', async () => {
    await setLanguage('it');
    render(<Toolkit carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} today="2026-03-10" />);
    await open('deadline');
    await waitFor(() => expect(screen.getByLabelText('Data di inizio del contratto')).toBeTruthy());
    type('Data di inizio del contratto', '2025-06-01');
    expect(result()!.querySelector('dt')!.textContent).toContain('9 aprile 2026');
    expect(result()!.textContent).not.toContain('2026-04-09');
  });

  it('rejects an impossible minimum term next to the field instead of ignoring it', async () => {
    render(<Toolkit carrier={(await loadCarrier('windtre'))!} countries={await italy()} today="2026-12-01" />);
    await open('deadline');
    type('Contract start date', '2025-06-01');
    for (const months of ['-5', '1.5', '600']) {
      type('Minimum term in months, if any', months);
      expect(fieldMessage('Minimum term in months, if any')).toBe('Enter a whole number of months from 0 to 60.');
      expect(result()).toBeNull();
    }
    type('Minimum term in months, if any', '12');
    expect(screen.getByLabelText('Minimum term in months, if any').getAttribute('aria-invalid')).toBeNull();
    expect(result()).not.toBeNull();
  });

  it('rejects a start date before 1990 or more than a year ahead, and notes one still to come', async () => {
    render(<Toolkit carrier={(await loadCarrier('tim'))!} countries={await italy()} today="2026-12-01" />);
    await open('deadline');
    type('Contract start date', '1985-05-01');
    expect(fieldMessage('Contract start date')).toBe('Enter a date from January 1, 1990 on.');
    type('Contract start date', '2028-01-01');
    expect(fieldMessage('Contract start date')).toBe('The start date can be at most a year from today.');
    expect(result()).toBeNull();
    type('Contract start date', '2027-01-15');
    expect(result()!.textContent).toContain('The contract has not started yet: the dates are counted from its start date.');
    expect(result()!.textContent).not.toContain('Counted from a request sent today.');
  });

  it('asks a travel eSIM for its renewal date and gives the last day to cancel', async () => {
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-03-31');
    expect(result()!.textContent).toContain('Cancel by March 24, 2026');
    expect(result()!.textContent).toContain('The seller asks for the cancellation 7 days before the renewal.');
  });

  it('moves a past renewal of a monthly plan on to the next one, and says so', async () => {
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-12-01" />);
    await open('deadline');
    type('Next renewal date', '2026-11-20');
    expect(screen.getByRole('note').textContent).toBe('November 20, 2026 has passed, so the dates are for the next renewal, December 20, 2026.');
    expect(result()!.querySelector('dt')!.textContent).toBe('Cancel by December 13, 2026');
  });

  it('asks for the next renewal when a past date cannot be moved on', async () => {
    render(<Toolkit carrier={(await loadCarrier('airalo'))!} countries={[]} today="2026-12-01" />);
    await open('deadline');
    type('Next renewal date', '2026-11-13');
    expect(fieldMessage('Next renewal date')).toContain('enter the next renewal date');
    expect(result()).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('prints a rule line once, even when two dates share it', async () => {
    render(<Toolkit carrier={(await loadCarrier('airalo'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-04-01');
    const lines = [...result()!.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(lines.filter((l) => l!.startsWith('Cancelled in time, the plan runs to the renewal date'))).toHaveLength(1);
  });

  it('offers no reminder for a day to cancel that is today or past', async () => {
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-12-01" />);
    await open('deadline');
    type('Next renewal date', '2026-12-05');
    expect(result()!.textContent).toContain('Cancel by November 28, 2026');
    expect(screen.queryByRole('checkbox')).toBeNull();
    type('Next renewal date', '2026-12-08');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('reminds the next day when three days before is already past', async () => {
    clock(new Date(2026, 11, 1, 12));
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-12-01" />);
    await open('deadline');
    type('Next renewal date', '2026-12-10');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me on December 2, 2026 (December 3, 2026 is less than 3 days away)' }));
    await waitFor(() => expect(screen.getByText('A notification will come on December 2, 2026.')).toBeTruthy());
    expect((await fakeBrowser.alarms.get('reminder:holafly'))!.scheduledTime).toBe(new Date(2026, 11, 2, 9).getTime());
    type('Next renewal date', '2026-12-09');
    expect(screen.getByRole('checkbox', { name: /^Remind me/ })).toBeTruthy();
  });

  it('asks for the notifications permission when a reminder is turned on, and sets it', async () => {
    clock(new Date(2026, 2, 10, 12));
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    render(<Toolkit carrier={(await loadCarrier('holafly'))!} countries={[]} today="2026-03-10" />);
    await open('deadline');
    type('Next renewal date', '2026-03-31');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me 3 days before (March 24, 2026)' }));
    await waitFor(() => expect(screen.getByText('A notification will come on March 21, 2026.')).toBeTruthy());
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await fakeBrowser.alarms.get('reminder:holafly')).toBeDefined();
  });

  it('sets no reminder when notifications are refused', async () => {
    clock(new Date(2026, 2, 10, 12));
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
    // The boxes wait for the stored ticks, so a click cannot be overwritten by them.
    const box = screen.getByRole('checkbox', { name: "Save the carrier's confirmation" }) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('checklist:proximus'))['checklist:proximus']).toMatchObject({ confirmation: true }));
    first.unmount();
    render(<Toolkit carrier={carrier} countries={[]} />);
    await open('checklist');
    await waitFor(() => expect((screen.getByRole('checkbox', { name: "Save the carrier's confirmation" }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('checkbox', { name: 'Settle the last bill' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('checklist for the kind of plan and country', () => {
  it('gives a travel eSIM no last bill and no porting, but the renewal to switch off', async () => {
    render(<Toolkit carrier={(await loadCarrier('airalo'))!} countries={await eu()} />);
    await open('checklist');
    expect(checklistLabels()).toEqual(['Check that automatic renewal is off', "Save the carrier's confirmation", 'Then remove the eSIM profile (steps below)']);
  });

  it('lists asking for unused credit back only where the country gives that right', async () => {
    render(<Toolkit carrier={(await loadCarrier('telekom-de'))!} countries={await germany()} />);
    await open('checklist');
    expect(checklistLabels()).toContain('Ask for your unused credit back');
    expect(checklistLabels()).toContain('Settle the last bill');
  });

  it('keeps the Belgian contract items and no credit refund', async () => {
    render(<Toolkit carrier={(await loadCarrier('proximus'))!} countries={await belgium()} />);
    await open('checklist');
    expect(checklistLabels()).toEqual([
      'Settle the last bill',
      "Save the carrier's confirmation",
      'Port the number out, if you want to keep it',
      'Then remove the eSIM profile (steps below)',
    ]);
  });
});

describe('toolkit letter help', () => {
  const help = () => document.querySelector('section.toolkit > p.muted')!.textContent!;

  it('names only the channels that apply: no PEC for Belgian or travel carriers', async () => {
    render(<Toolkit carrier={(await loadCarrier('orange-be'))!} countries={await belgium()} />);
    expect(help()).not.toContain('PEC');
    expect(help()).toContain('(registered letter)');
  });

  it('offers a travel eSIM a text to paste, not a letter', async () => {
    render(<Toolkit carrier={(await loadCarrier('airalo'))!} countries={await eu()} />);
    expect(help()).not.toMatch(/PEC|letter/);
    expect(help()).toContain('cancellation text');
  });

  it('names the PEC for an Italian carrier', async () => {
    render(<Toolkit carrier={(await loadCarrier('tim'))!} countries={await italy()} />);
    expect(help()).toBe(
      "Opens in a new tab: the text to send (registered letter or PEC, certified email), filled in from this guide in the carrier's language.",
    );
  });
});

describe('letter editor', () => {
  it('keeps copy, download and mail disabled until the required fields are filled', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    const copy = screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement;
    const download = screen.getByRole('button', { name: 'Download as text' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    expect(download.disabled).toBe(true);
    expect(container.textContent).toContain('To get the letter, fill in: your name, the phone number, a customer number or the ICCID, your postal address');
    expect(container.querySelector('pre')).toBeNull();

    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    expect(copy.disabled).toBe(true);
    type(/Customer or contract number/, 'C-1');
    expect(copy.disabled).toBe(true);
    type(/Your postal address/, 'Via Roma 1, 00100 Roma');
    expect(copy.disabled).toBe(false);
    expect(download.disabled).toBe(false);
  });

  it('writes to the chosen channel in Italian with an English translation beside it', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    type(/ICCID/, '89391000001234567890');
    type(/Your postal address/, 'Via Roma 1, 00100 Roma');
    const original = container.querySelector('[data-letter="original"]')!.textContent!;
    expect(original).toContain('Casella Postale 190, 10015 Ivrea (TO)');
    expect(original).toContain('ICCID 89391000001234567890');
    expect(container.querySelector('[data-letter="translation"]')!.textContent).toContain('hereby cancel the contract');

    fireEvent.click(screen.getByRole('radio', { name: /PEC/ }));
    expect(container.querySelector('[data-letter="original"]')!.textContent).toMatch(/^Oggetto: Recesso dal contratto Vodafone Italia/);
    const mail = screen.getByRole('link', { name: 'Open in my mail app' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:servizioclienti@vodafone\.pec\.it\?subject=/);
  });

  it("explains where the text goes from the carrier's real methods when it lists no written address", async () => {
    render(<Letter carrier={(await loadCarrier('airalo'))!} countries={[]} templates={templates} />);
    expect(screen.getByRole('note').textContent).toBe('This carrier lists no postal address or email for cancelling. Paste the text into its chat or app.');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('writes to the PosteMobile address its guide lists, with no word of an online form or chat', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('postemobile'))!} countries={await italy()} templates={templates} />);
    expect(container.querySelector('.letter-channels')!.textContent).toContain('info@postemobile.it');
    expect(container.textContent).not.toMatch(/online form|chat/);
  });

  it('names no online form or chat for a carrier whose guide lists no method at all', async () => {
    const carrier = { ...(await loadCarrier('postemobile'))!, methods: [] };
    const { container } = render(<Letter carrier={carrier} countries={await italy()} templates={templates} />);
    const note = screen.getByRole('note').textContent!;
    expect(note).not.toMatch(/online form|chat/);
    expect(note).toContain('Ask the carrier where to send it');
    // Italy's law makes PEC a channel, but no PEC address is known: the choice says so.
    expect(container.querySelector('.letter-channels')!.textContent).toContain('address not confirmed');
  });

  it("offers both of TIM's PEC addresses and writes to the one picked", async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('tim'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    const pecs = screen.getAllByRole('radio', { name: /PEC/ });
    expect(pecs.map((r) => r.closest('label')!.textContent)).toEqual([
      'PEC (certified email) recesso_linee_mobili@pec.telecomitalia.it',
      'PEC (certified email) telecomitalia@pec.telecomitalia.it',
    ]);
    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    type(/Customer or contract number/, 'C-1');
    fireEvent.click(pecs[1]);
    expect(container.textContent).toContain('To: telecomitalia@pec.telecomitalia.it');
  });

  it('limits every field and says beside it when a value is too long', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('tim'))!} countries={await italy()} templates={templates} />);
    const name = screen.getByLabelText(/Full name/) as HTMLInputElement;
    expect(name.maxLength).toBe(100);
    expect((screen.getByLabelText(/Your postal address/) as HTMLTextAreaElement).maxLength).toBe(300);
    for (const input of container.querySelectorAll('input:not([type=radio]):not([type=date]), textarea'))
      expect(input.getAttribute('maxlength'), input.id).toMatch(/^\d+$/);
    type(/Full name/, 'Maria '.repeat(60));
    const error = document.getElementById(
      name
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!,
    )!;
    expect(error.textContent).toBe('Too long: at most 100 characters.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('pre')).toBeNull();
  });

  it('puts the sender address, needed for the registered letter, in the letter head', async () => {
    const { container } = render(<Letter carrier={(await loadCarrier('tim'))!} countries={await italy()} templates={templates} today="2026-03-10" />);
    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    type(/Customer or contract number/, 'C-1');
    expect(container.textContent).toContain('your postal address');
    expect(container.querySelector('pre')).toBeNull();
    type(/Your postal address/, 'Via Roma 1\n00100 Roma');
    expect(container.querySelector('[data-letter="original"]')!.textContent).toMatch(/^Maria Rossi\nVia Roma 1\n00100 Roma\n\+39 333 123 4567\n\n/);
  });

  it('prints the letter with the Print button', async () => {
    const print = vi.fn();
    window.print = print;
    render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} />);
    const button = screen.getByRole('button', { name: 'Print' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    type(/Full name/, 'Maria Rossi');
    type(/Phone number/, '+39 333 123 4567');
    type(/Customer or contract number/, 'C-1');
    type(/Your postal address/, 'Via Roma 1');
    fireEvent.click(button);
    expect(print).toHaveBeenCalledOnce();
  });

  it('asks for an IBAN only where unused credit must be paid back, and checks it', async () => {
    const first = render(<Letter carrier={(await loadCarrier('vodafone-it'))!} countries={await italy()} templates={templates} />);
    expect(screen.queryByLabelText(/IBAN/)).toBeNull();
    first.unmount();
    const { container } = render(<Letter carrier={(await loadCarrier('vodafone-de'))!} countries={await germany()} templates={templates} today="2026-03-10" />);
    type(/Full name/, 'Max Muster');
    type(/Phone number/, '+49 151 1234 5678');
    type(/Customer or contract number/, 'K-1');
    type(/Your postal address/, 'Hauptstr. 1\n10115 Berlin');
    type(/IBAN/, 'DE88 3704 0044 0532 0130 00');
    expect(container.querySelector('.field .error')!.textContent).toBe('Enter a valid IBAN (check the digits).');
    expect(container.querySelector('pre')).toBeNull();
    type(/IBAN/, 'DE89 3704 0044 0532 0130 00');
    expect(container.querySelector('[data-letter="original"]')!.textContent).toContain('IBAN DE89 3704 0044 0532 0130 00');
  });
});
