/**
 * The cancellation letter, email or PEC: pure text from a carrier record, its country's notes and
 * what the user typed. Either every placeholder is filled or no text is produced at all.
 */
import type { Carrier, Country, LetterPart, LetterTemplate, LetterTemplates } from '@/data/schema';
import type { UiLocale } from '../engine/locales';
import { isIsoDate } from './deadline';
import { channelsFor, letterRequires, rulesFor } from './rules';

import type { Channel } from './rules';
export type LetterLanguage = UiLocale | Carrier['languages'][number];

export interface LetterFields {
  name: string;
  phone: string;
  customerNumber?: string;
  iccid?: string;
  /** The sender's postal address, one line per line; a postal letter needs it for the reply. */
  address?: string;
  /** Where unused credit should be paid back, in countries whose rules give that right. */
  iban?: string;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
}
export type LetterField = keyof LetterFields;

/** The longest value each field takes: enough for real names, addresses and IBANs (34 characters in groups). */
export const FIELD_MAX_LENGTH: Record<LetterField, number> = {
  name: 100,
  phone: 20,
  customerNumber: 40,
  iccid: 30,
  address: 300,
  iban: 42,
  date: 10,
};

export interface FieldProblem {
  /** 'reference' stands for "customer number or ICCID": one of them identifies the contract. */
  field: LetterField | 'reference';
  kind: 'missing' | 'invalid' | 'tooLong';
}

export interface Letter {
  subject: string;
  body: string;
  /** What copy and download give: the body, headed by the subject line when it travels by email or PEC. */
  text: string;
  /** Postal address for a letter, mailbox for a PEC or email; absent when the carrier lists none for this channel. */
  to?: string;
  /** The country note the letter cites, when there is one. */
  legalBasis?: { title: string; url: string };
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; problems: FieldProblem[] };

/** Notes that state the right to leave (or when): the only ones a cancellation letter may cite. */
const LEGAL_BASIS_TOPICS = ['withdrawal', 'end-date'] as const;

/**
 * The languages the letter itself can be written in: the carrier's own, most used first, except that
 * the reader's language leads where the carrier takes letters in it (a French speaker writing to a
 * Belgian carrier writes in French, and needs no translation beside it).
 */
export function letterLanguages(carrier: Carrier, reader?: UiLocale): LetterLanguage[] {
  const own: LetterLanguage[] = carrier.country === 'global' ? ['en'] : carrier.languages;
  return reader && own.includes(reader) ? [reader, ...own.filter((l) => l !== reader)] : own;
}

const PHONE = /^\+?[\d ()./-]{6,20}$/;
/** ICCIDs are 18 to 22 digits (ITU-T E.118); shops print them in groups, so spaces are allowed. */
const ICCID = /^\d{18,22}$/;

/** An IBAN without its spaces, in capitals. */
export const normalizeIban = (iban: string) => iban.replace(/\s/g, '').toUpperCase();

/** ISO 13616: country code, two check digits, up to 30 letters and digits, and the whole mod 97 is 1. */
export function isValidIban(iban: string): boolean {
  const value = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const digits = (value.slice(4) + value.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** Sender address lines, trimmed, without blank ones (a blank line would split the letter head). */
const addressLines = (address: string | undefined) =>
  (address ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** What is missing, malformed or too long. `needsAddress`: the postal letter needs the sender's address. */
export function checkFields(fields: LetterFields, need: { address?: boolean } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = fields.name.trim();
  const phone = fields.phone.trim();
  const customer = fields.customerNumber?.trim() ?? '';
  const iccid = (fields.iccid ?? '').replace(/\s/g, '');
  const tooLong = (Object.keys(FIELD_MAX_LENGTH) as LetterField[]).filter((f) => (fields[f] ?? '').trim().length > FIELD_MAX_LENGTH[f]);
  const long = new Set(tooLong);
  problems.push(...tooLong.map((field) => ({ field, kind: 'tooLong' as const })));
  if (!name) problems.push({ field: 'name', kind: 'missing' });
  if (!phone) problems.push({ field: 'phone', kind: 'missing' });
  else if (!long.has('phone') && (!PHONE.test(phone) || (phone.match(/\d/g)?.length ?? 0) < 6)) problems.push({ field: 'phone', kind: 'invalid' });
  if (!fields.date.trim()) problems.push({ field: 'date', kind: 'missing' });
  else if (!long.has('date') && !isIsoDate(fields.date.trim())) problems.push({ field: 'date', kind: 'invalid' });
  if (!customer && !iccid) problems.push({ field: 'reference', kind: 'missing' });
  if (iccid && !long.has('iccid') && !ICCID.test(iccid)) problems.push({ field: 'iccid', kind: 'invalid' });
  if (need.address && !addressLines(fields.address).length) problems.push({ field: 'address', kind: 'missing' });
  if (fields.iban?.trim() && !long.has('iban') && !isValidIban(fields.iban)) problems.push({ field: 'iban', kind: 'invalid' });
  return problems;
}

/**
 * Replaces every {placeholder}. A name without a non-empty value throws: the schema and the tests
 * make that unreachable, and a half-filled letter must never reach a carrier.
 */
export function fill(text: string, values: Record<string, string | undefined>): string {
  return text.replace(/\{(\w*)\}/g, (_, name: string) => {
    const value = values[name]?.trim();
    if (!value) throw new Error(`letter placeholder {${name}} has no value`);
    return value;
  });
}

/** The letter's date written out in its language; UTC on both sides, so no time zone moves the day. */
export function formatLetterDate(iso: string, language: LetterLanguage): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language.replace('_', '-'), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The first note of the carrier's own country that states the right to leave, cited by its source:
 * an official one (the law or the regulator) where the note has one, else its first; the title is the
 * source's own (the law's name), and our note's headline only when the source has no title.
 */
export function legalBasis(carrier: Carrier, countries: Country[], language: LetterLanguage): Letter['legalBasis'] {
  const country = countries.find((c) => c.code === carrier.country);
  if (!country) return undefined;
  for (const topic of LEGAL_BASIS_TOPICS) {
    const note = country.notes.find((n) => n.topic === topic);
    const sources = (note?.src ?? []).flatMap((id) => country.sources.filter((s) => s.id === id));
    const source = sources.find((s) => s.official) ?? sources[0];
    if (note && source) return { title: source.title ?? note.title[language] ?? note.title.en, url: source.url };
  }
  return undefined;
}

export interface LetterInput {
  carrier: Carrier;
  countries: Country[];
  fields: LetterFields;
  channel: Channel;
  /** Which of the channel's addresses; the first one when not given. */
  to?: string;
  language: LetterLanguage;
  templates: LetterTemplates;
}

export function buildLetter({ carrier, countries: given, fields, channel, to: chosen, language, templates }: LetterInput): LetterResult {
  const problems = checkFields(fields, { address: channel === 'letter' });
  if (problems.length) return { ok: false, problems };
  const countries = rulesFor(carrier, given);
  const requires = letterRequires(countries);
  const t: LetterTemplate = templates.templates[language] ?? templates.templates.en!;
  const part = (key: LetterPart, values: Record<string, string | undefined> = {}) => fill(t[key] ?? '', values);

  const travel = carrier.kind === 'travel-esim';
  const customerNumber = fields.customerNumber?.trim();
  const iccid = fields.iccid?.replace(/\s/g, '');
  const reference = [customerNumber && part('customerNumber', { customerNumber }), iccid && part('iccid', { iccid })].filter(Boolean).join(t.referenceJoin);
  const addresses = channelsFor(carrier, countries).find((c) => c.channel === channel)?.addresses ?? [];
  const to = chosen && addresses.includes(chosen) ? chosen : addresses[0];
  const basis = legalBasis(carrier, countries, language);
  const person = { name: fields.name, phone: fields.phone, reference };
  const iban = fields.iban?.trim() ? normalizeIban(fields.iban).replace(/(.{4})(?=.)/g, '$1 ') : undefined;
  // A signature line only on paper, and only where the country's rules ask for one.
  const signature = channel === 'letter' && requires.has('signature') && t.signature ? `${t.signature} ____________________` : undefined;

  const subject = travel ? part('subjectTravel', { carrier: carrier.name }) : part('subject', { carrier: carrier.name, phone: fields.phone });
  const paragraphs = [
    part('opening'),
    travel ? part('requestTravel', person) : part('request', person),
    basis ? part('legal', { legalTitle: basis.title, legalUrl: basis.url }) : part('neutral'),
    part('confirm'),
    // Where the country's rules give unused credit back and the user gave an account for it.
    ...(requires.has('iban-refund') && iban && t.creditRefund ? [part('creditRefund', { iban })] : []),
    // Where the country's rules ask a written cancellation to carry a copy of an ID.
    ...(requires.has('id-copy') ? [part('idCopy')] : []),
    [part('closing'), signature, fields.name.trim()].filter(Boolean).join('\n'),
  ];
  const dateLine = formatLetterDate(fields.date.trim(), language);
  const head =
    channel === 'letter'
      ? [
          [fields.name.trim(), ...addressLines(fields.address), fields.phone.trim()].join('\n'),
          [part('addressee', { carrier: carrier.name }), to].filter(Boolean).join('\n'),
          dateLine,
          part('subjectLabel', { subject }),
        ]
      : [dateLine];
  const body = [...head, ...paragraphs].join('\n\n');
  const text = channel === 'letter' ? body : `${part('subjectLabel', { subject })}\n\n${body}`;
  return { ok: true, letter: { subject, body, text, to, legalBasis: basis } };
}

/** A mailto: link for an email or PEC; the body travels in the URL, so nothing leaves without the user's mail client. */
export function mailtoUrl(letter: Letter): string | undefined {
  if (!letter.to || !letter.to.includes('@')) return undefined;
  return `mailto:${letter.to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}

/** The file name for "download as text": carrier and date, nothing the user typed. */
export function letterFileName(carrier: Carrier, date: string): string {
  return `${carrier.id}-cancellation-${isIsoDate(date) ? date : 'letter'}.txt`;
}
