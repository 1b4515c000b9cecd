import { describe, expect, it } from 'vitest';
import { letterTemplates as letters } from '@/utils/catalog/letters';
import { LetterTemplates } from '@/data/schema';
import { UI_LOCALES } from '@/utils/engine/locales';
import { buildLetter, channelsFor, CHANNELS, checkFields, fill, formatLetterDate, letterLanguages, mailtoUrl, type LetterFields } from '@/utils/engine/letter';
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
    const expected = channelsFor(carrier(id)).find((c) => c.channel === channel)?.to;
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
    expect(result.letter.body).toContain('Puoi recedere o cambiare operatore in qualsiasi momento');
    expect(result.letter.body).toContain('https://infoconsumatori.com/decreto-bersani-2007-testo-disdetta.htm');
    expect(result.letter.body).toContain("documento d'identità");
    expect(result.letter.body).toContain('28 febbraio 2026');
  });

  it("heads a postal letter with the sender, the carrier's address, the date and the subject", () => {
    const result = build('tim', 'letter', 'it');
    if (!result.ok) throw new Error('expected a letter');
    const [sender, addressee, date, subject] = result.letter.body.split('\n\n');
    expect(sender).toBe('Maria Rossi\n+39 333 123 4567');
    expect(addressee).toBe('Spett.le TIM\nTIM, Servizio Clienti, Casella Postale n. 555, 00054 Fiumicino (Roma)');
    expect(date).toBe('28 febbraio 2026');
    expect(subject).toMatch(/^Oggetto: Recesso dal contratto TIM/);
  });

  it('uses the first PEC when a carrier lists two', () => {
    expect(channelsFor(carrier('tim')).find((c) => c.channel === 'pec')?.to).toBe('recesso_linee_mobili@pec.telecomitalia.it');
  });

  it("is in the Belgian carrier's first language and cites the BIPT end-date note", () => {
    expect(letterLanguages(carrier('orange-be'))[0]).toBe('nl');
    const result = build('orange-be', 'letter', 'nl');
    if (!result.ok) throw new Error('expected a letter');
    expect(result.letter.body).toContain('Ondergetekende Maria Rossi');
    expect(result.letter.body).toContain('U kiest de einddatum');
    expect(result.letter.legalBasis?.url).toMatch(/^https:\/\/(www\.)?bipt\.be\//);
    const fr = build('orange-be', 'letter', 'fr');
    expect(fr.ok && fr.letter.body).toContain('Vous choisissez la date de fin');
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
