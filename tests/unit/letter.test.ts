import { describe, expect, it } from 'vitest';
import { letterTemplates as letters } from '@/utils/catalog/letters';
import { LetterTemplates } from '@/data/schema';
import { UI_LOCALES } from '@/utils/engine/locales';
import type { Country } from '@/data/schema';
import { CHANNELS, channelsFor } from '@/utils/engine/rules';
import { buildLetter, checkFields, fill, formatLetterDate, isValidIban, letterLanguages, mailtoUrl, type LetterFields } from '@/utils/engine/letter';
import { validateData } from '../../scripts/validate-data';

const { data } = validateData();
const carriers = data.carriers.map((c) => c.record);
const countries = data.countries.map((c) => c.record);
const templates = LetterTemplates.parse(letters) as typeof letters;
const carrier = (id: string) => carriers.find((c) => c.id === id)!;

const fields: LetterFields = {
  name: 'Maria Rossi',
  phone: '+39 333 123 4567',
  customerNumber: 'C-998877',
  iccid: '8939 1000 0012 3456 789',
  address: 'Via Roma 1\n00100 Roma',
  date: '2026-02-28',
};
const build = (id: string, channel: (typeof CHANNELS)[number], language: (typeof UI_LOCALES)[number], f: LetterFields = fields) =>
  buildLetter({ carrier: carrier(id), countries, fields: f, channel, language, templates });

describe('letter templates', () => {
  it('are valid data: every language has every part with exactly its placeholders', () => {
    expect(LetterTemplates.safeParse(letters).success).toBe(true);
    const { problems } = validateData();
    expect(problems.filter((p) => p.file.startsWith('data/letters/'))).toEqual([]);
  });

  it('exist for every carrier language and every UI language', () => {
    for (const c of carriers) for (const l of letterLanguages(c)) expect(templates.templates, c.id).toHaveProperty(l);
    for (const l of UI_LOCALES) expect(templates.templates).toHaveProperty(l);
  });
});

describe('every carrier × channel × language', () => {
  const cases = carriers.flatMap((c) => CHANNELS.flatMap((ch) => UI_LOCALES.map((l) => [c.id, ch, l] as const)));
  it.each(cases)('%s by %s in %s leaves no placeholder empty and carries the user data', (id, channel, language) => {
    const result = build(id, channel, language);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { subject, body, text, to } = result.letter;
    for (const part of [subject, body, text]) {
      expect(part).not.toMatch(/\{\w*\}/);
      expect(part).not.toMatch(/undefined|null|NaN|\$\d/);
      expect(part).not.toMatch(/\n{3,}/);
    }
    expect(body).toContain('Maria Rossi');
    expect(body).toContain('+39 333 123 4567');
    expect(body).toContain('C-998877');
    expect(body).toContain('8939100000123456789');
    expect(text).toContain(subject);
    const expected = channelsFor(carrier(id), countries).find((c) => c.channel === channel)?.addresses[0];
    expect(to).toBe(expected);
    if (channel === 'letter' && expected) expect(body).toContain(expected);
  });
});

describe('the letter', () => {
  it("goes to Vodafone's PEC in Italian, cites the Bersani note with its source and asks for the ID copy", () => {
    const result = build('vodafone-it', 'pec', 'it');
    if (!result.ok) throw new Error('expected a letter');
    expect(result.letter.to).toBe('servizioclienti@vodafone.pec.it');
    expect(result.letter.subject).toBe('Recesso dal contratto Vodafone Italia – linea +39 333 123 4567');
    expect(result.letter.body).toContain('Decreto Bersani 2007: testo sulla disdetta (art. 1 comma 3)');
    expect(result.letter.body).not.toContain('Puoi recedere o cambiare operatore in qualsiasi momento');
    expect(result.letter.body).toContain('https://infoconsumatori.com/decreto-bersani-2007-testo-disdetta.htm');
    expect(result.letter.body).toContain("documento d'identità");
    expect(result.letter.body).toContain('28 febbraio 2026');
  });

  it("heads a postal letter with the sender, the carrier's address, the date and the subject", () => {
    const result = build('tim', 'letter', 'it');
    if (!result.ok) throw new Error('expected a letter');
    const [sender, addressee, date, subject] = result.letter.body.split('\n\n');
    expect(sender).toBe('Maria Rossi\nVia Roma 1\n00100 Roma\n+39 333 123 4567');
    expect(addressee).toBe('Spett.le TIM\nTIM, Servizio Clienti, Casella Postale n. 555, 00054 Fiumicino (Roma)');
    expect(date).toBe('28 febbraio 2026');
    expect(subject).toMatch(/^Oggetto: Recesso dal contratto TIM/);
  });

  it('offers every PEC address a carrier lists, the first by default, and writes to the one chosen', () => {
    expect(channelsFor(carrier('tim'), countries).find((c) => c.channel === 'pec')?.addresses).toEqual([
      'recesso_linee_mobili@pec.telecomitalia.it',
      'telecomitalia@pec.telecomitalia.it',
    ]);
    expect(build('tim', 'pec', 'it').ok && (build('tim', 'pec', 'it') as { letter: { to: string } }).letter.to).toBe(
      'recesso_linee_mobili@pec.telecomitalia.it',
    );
    const second = buildLetter({
      carrier: carrier('tim'),
      countries,
      fields,
      channel: 'pec',
      to: 'telecomitalia@pec.telecomitalia.it',
      language: 'it',
      templates,
    });
    expect(second.ok && second.letter.to).toBe('telecomitalia@pec.telecomitalia.it');
    const foreign = buildLetter({ carrier: carrier('tim'), countries, fields, channel: 'pec', to: 'someone@example.com', language: 'it', templates });
    expect(foreign.ok && foreign.letter.to).toBe('recesso_linee_mobili@pec.telecomitalia.it');
  });

  it("is in the Belgian carrier's first language and cites the BIPT end-date note", () => {
    expect(letterLanguages(carrier('orange-be'))[0]).toBe('nl');
    const result = build('orange-be', 'letter', 'nl');
    if (!result.ok) throw new Error('expected a letter');
    expect(result.letter.body).toContain('Ondergetekende Maria Rossi');
    expect(result.letter.body).toContain('BIPT – Kunt u veranderen van operator?');
    expect(result.letter.legalBasis?.url).toMatch(/^https:\/\/(www\.)?bipt\.be\//);
  });

  it("is in the reader's language where the carrier takes letters in it, else in the carrier's first", () => {
    expect(letterLanguages(carrier('proximus'), 'fr')).toEqual(['fr', 'nl', 'en']);
    expect(letterLanguages(carrier('swisscom'), 'it')).toEqual(['it', 'de', 'fr', 'en']);
    expect(letterLanguages(carrier('proximus'), 'nl')).toEqual(['nl', 'fr', 'en']);
    expect(letterLanguages(carrier('proximus'), 'de')).toEqual(['nl', 'fr', 'en']);
    expect(letterLanguages(carrier('proximus'), 'zh_TW')).toEqual(['nl', 'fr', 'en']);
    expect(letterLanguages(carrier('holafly'), 'fr')).toEqual(['en']);
  });

  it('asks a travel eSIM seller in English to stop the renewal, with no legal citation', () => {
    expect(letterLanguages(carrier('holafly'))).toEqual(['en']);
    const result = build('holafly', 'email', 'en');
    if (!result.ok) throw new Error('expected a letter');
    expect(result.letter.to).toBe('help@holafly.com');
    expect(result.letter.subject).toBe('Cancellation of my Holafly eSIM plan and its automatic renewal');
    expect(result.letter.body).toContain('stop its automatic renewal');
    expect(result.letter.body).toContain('Please process this request within the terms of the contract.');
    expect(result.letter.legalBasis).toBeUndefined();
    expect(result.letter.body).not.toContain('http');
  });

  it('opens as a mailto: link with the subject and body encoded, but never for a postal letter', () => {
    const pec = build('windtre', 'pec', 'it');
    if (!pec.ok) throw new Error('expected a letter');
    const url = new URL(mailtoUrl(pec.letter)!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('servizioclienti159@pec.windtre.it');
    expect(url.searchParams.get('body')).toBe(pec.letter.body);
    const letter = build('windtre', 'letter', 'it');
    expect(letter.ok && mailtoUrl(letter.letter)).toBeUndefined();
  });
});

describe('required fields', () => {
  it('produces no letter until name, phone, date and a customer number or ICCID are given', () => {
    const empty = build('vodafone-it', 'pec', 'it', { name: ' ', phone: '', customerNumber: '', iccid: '', date: '' });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.problems.map((p) => p.field).sort()).toEqual(['date', 'name', 'phone', 'reference']);
  });

  it('accepts either a customer number or an ICCID', () => {
    expect(checkFields({ ...fields, iccid: '' })).toEqual([]);
    expect(checkFields({ ...fields, customerNumber: '' })).toEqual([]);
    expect(checkFields({ ...fields, customerNumber: '', iccid: '' })).toEqual([{ field: 'reference', kind: 'missing' }]);
  });

  it('rejects a malformed phone number, ICCID or date', () => {
    expect(checkFields({ ...fields, phone: 'call me' })).toEqual([{ field: 'phone', kind: 'invalid' }]);
    expect(checkFields({ ...fields, iccid: '1234' })).toEqual([{ field: 'iccid', kind: 'invalid' }]);
    expect(checkFields({ ...fields, date: '2026-02-30' })).toEqual([{ field: 'date', kind: 'invalid' }]);
  });

  it('refuses to fill a placeholder without a value rather than leave it in the text', () => {
    expect(() => fill('Dear {name}', { name: '  ' })).toThrow(/\{name\}/);
    expect(() => fill('Dear {who}', {})).toThrow();
    expect(fill('Dear {name}, {x}', { name: 'Ann', x: '{name}' })).toBe('Dear Ann, {name}');
  });
});

describe('letter date', () => {
  it.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai'])('is the same calendar day in %s', (tz) => {
    const before = process.env.TZ;
    process.env.TZ = tz;
    try {
      expect(formatLetterDate('2024-02-29', 'en')).toBe('February 29, 2024');
      expect(formatLetterDate('2026-01-01', 'de')).toBe('1. Januar 2026');
      expect(formatLetterDate('2026-12-31', 'zh_CN')).toBe('2026年12月31日');
    } finally {
      process.env.TZ = before;
    }
  });
});

/** A country record like Italy's, with the rules a test needs. */
function withRules(code: string, rules: Country['rules'], extra: Partial<Country> = {}): Country[] {
  return countries.map((c) => (c.code === code ? { ...c, rules: [...c.rules, ...rules], ...extra } : c));
}

describe('channels', () => {
  it('offers a PEC only where the carrier lists one or its country makes PEC a way to cancel', () => {
    const kinds = (id: string) => channelsFor(carrier(id), countries).map((c) => c.channel);
    for (const id of ['proximus', 'orange-be', 'base', 'airalo', 'holafly', 'telekom-de', 'orange-fr']) expect(kinds(id), id).not.toContain('pec');
    expect(kinds('vodafone-it')).toContain('pec');
    // Italy's law names PEC, so an Italian carrier without a known PEC address still gets it, with no address.
    expect(channelsFor(carrier('iliad-it'), countries).find((c) => c.channel === 'pec')).toEqual({ channel: 'pec', addresses: [] });
    const noPecRule = countries.map((c) => ({ ...c, rules: c.rules.filter((r) => !(r.kind === 'channel' && r.channel === 'pec')) }));
    expect(channelsFor(carrier('iliad-it'), noPecRule).map((c) => c.channel)).not.toContain('pec');
  });

  it("reads only the carrier's own country and the EU, whatever else is passed", () => {
    // Germany's credit-refund rule must not reach an Italian letter, nor Italy's PEC a Belgian one.
    const it = build('vodafone-it', 'pec', 'en', { ...fields, iban: 'DE89 3704 0044 0532 0130 00' });
    expect(it.ok && it.letter.body).not.toContain('IBAN');
    const be = build('proximus', 'letter', 'fr');
    expect(be.ok && be.letter.body).not.toMatch(/pièce d'identité|identity document/);
  });
});

describe('the sender', () => {
  it('needs a postal address for a registered letter, not for an email or PEC', () => {
    const noAddress = { ...fields, address: ' \n ' };
    const letter = build('tim', 'letter', 'it', noAddress);
    expect(letter.ok).toBe(false);
    expect(!letter.ok && letter.problems).toEqual([{ field: 'address', kind: 'missing' }]);
    expect(build('tim', 'pec', 'it', noAddress).ok).toBe(true);
  });

  it('refuses a value longer than its field, such as a 360-character name', () => {
    const long = 'Maria '.repeat(60);
    expect(checkFields({ ...fields, name: long })).toEqual([{ field: 'name', kind: 'tooLong' }]);
    expect(checkFields({ ...fields, address: 'x'.repeat(301) })).toEqual([{ field: 'address', kind: 'tooLong' }]);
    expect(checkFields({ ...fields, customerNumber: '1'.repeat(41) })).toEqual([{ field: 'customerNumber', kind: 'tooLong' }]);
    expect(build('tim', 'letter', 'it', { ...fields, name: long }).ok).toBe(false);
  });
});

describe('unused credit', () => {
  const de = { ...fields, phone: '+49 151 1234 5678', iban: 'de89 3704 0044 0532 0130 00' };

  it('checks an IBAN with the ISO 13616 mod-97 test', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('IT60 X054 2811 1010 0000 0123 456')).toBe(true);
    expect(isValidIban('DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(isValidIban('DE89')).toBe(false);
    expect(checkFields({ ...fields, iban: 'DE00 1234' })).toEqual([{ field: 'iban', kind: 'invalid' }]);
  });

  it("asks for unused credit back to the IBAN where the country's rules give that right (Germany)", () => {
    const result = build('vodafone-de', 'letter', 'de', de);
    if (!result.ok) throw new Error('expected a letter');
    expect(result.letter.body).toContain('Bitte erstatten Sie nicht verbrauchtes Guthaben auf mein Konto, IBAN DE89 3704 0044 0532 0130 00.');
    const without = build('vodafone-de', 'letter', 'de', { ...de, iban: '' });
    expect(without.ok && without.letter.body).not.toContain('IBAN');
  });

  it('adds a signature line to a postal letter where a letter rule requires a signature', () => {
    const signed = withRules('IT', [{ kind: 'letter', requires: ['signature'], src: ['bersani-text'] }]);
    const letter = buildLetter({ carrier: carrier('tim'), countries: signed, fields, channel: 'letter', language: 'en', templates });
    expect(letter.ok && letter.letter.body).toMatch(/Yours faithfully,\nSignature: _+\nMaria Rossi$/);
    const pec = buildLetter({ carrier: carrier('tim'), countries: signed, fields, channel: 'pec', language: 'en', templates });
    expect(pec.ok && pec.letter.body).not.toContain('Signature');
    expect(build('tim', 'letter', 'en').ok && (build('tim', 'letter', 'en') as { letter: { body: string } }).letter.body).not.toContain('Signature');
  });
});

describe('legal basis', () => {
  it("cites an official source's own title over a consumer site and our headline", () => {
    const italy = countries.find((c) => c.code === 'IT')!;
    const official = { id: 'law', url: 'https://www.normattiva.it/example', checked: '2026-12-01', official: true, title: 'D.L. 7/2007, art. 1' };
    const withLaw = withRules('IT', [], {
      sources: [...italy.sources, official],
      notes: italy.notes.map((n) => (n.topic === 'withdrawal' ? { ...n, src: [...n.src, 'law'] } : n)),
    });
    const result = buildLetter({ carrier: carrier('tim'), countries: withLaw, fields, channel: 'pec', language: 'it', templates });
    expect(result.ok && result.letter.legalBasis).toEqual({ title: 'D.L. 7/2007, art. 1', url: 'https://www.normattiva.it/example' });
  });
});
