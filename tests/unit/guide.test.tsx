import { fireEvent, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Guide } from '@/components/Guide';
import { Methods } from '@/components/Methods';
import { loadCarrier } from '@/utils/catalog';
import { setLanguage } from '@/utils/i18n';

beforeEach(async () => {
  await setLanguage('en');
});

describe('ways to cancel', () => {
  it.each(['tim', 'ho-mobile', 'iliad-it'])('says the online form of %s has no confirmed link', async (id) => {
    const carrier = (await loadCarrier(id))!;
    const { container } = render(<Methods methods={carrier.methods} sources={carrier.sources} />);
    const online = [...container.querySelectorAll('li.method')].find((li) => li.querySelector('strong')!.textContent === 'Online')!;
    expect(online.querySelector('a[target="_blank"]')).toBeNull();
    expect(online.textContent).toContain('link not confirmed');
  });

  it('links an online method that has its URL and says nothing about confirmation', async () => {
    const carrier = (await loadCarrier('proximus'))!;
    const { container } = render(<Methods methods={carrier.methods} sources={carrier.sources} />);
    const online = [...container.querySelectorAll('li.method')].find((li) => li.querySelector('strong')!.textContent === 'Online')!;
    expect(online.querySelector('a[target="_blank"]')).not.toBeNull();
    expect(online.textContent).not.toContain('link not confirmed');
  });
});

describe('the end of the guide', () => {
  it('has one "Sources" heading, also with the eSIM removal steps open', async () => {
    const { container } = render(<Guide carrier={(await loadCarrier('tim'))!} countries={[]} />);
    const esim = container.querySelector<HTMLDetailsElement>('details.esim')!;
    esim.open = true;
    fireEvent(esim, new Event('toggle'));
    await waitFor(() => expect(esim.querySelectorAll('details').length).toBeGreaterThan(1));
    const headings = [...container.querySelectorAll('h2, h3, h4, summary')].map((h) => h.textContent!.trim());
    expect(headings.filter((h) => h === 'Sources')).toHaveLength(1);
  });
});
