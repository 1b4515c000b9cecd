/**
 * The cancellation letter, email or PEC: pure text from a carrier record, its country's notes and
 * what the user typed. Either every placeholder is filled or no text is produced at all.
 */
import type { Carrier, Country, LetterPart, LetterRequirement, LetterTemplate, LetterTemplates } from '@/data/schema';
import type { UiLocale } from '../engine/locales';
import { isIsoDate } from './deadline';

export type Channel = 'letter' | 'pec' | 'email';
export const CHANNELS: readonly Channel[] = ['letter', 'pec', 'email'];
export type LetterLanguage = UiLocale | Carrier['languages'][number];

export interface LetterFields {
  name: string;
  phone: string;
  customerNumber?: string;
  iccid?: string;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
}
export type LetterField = keyof LetterFields;

export interface FieldProblem {
  /** 'reference' stands for "customer number or ICCID": one of them identifies the contract. */
  field: 'name' | 'phone' | 'date' | 'reference' | 'iccid';
  kind: 'missing' | 'invalid';
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

/** Where each channel goes for this carrier; a channel the carrier does not list is left out. */
export function channelsFor(carrier: Carrier): { channel: Channel; to: string }[] {
  return CHANNELS.flatMap((channel) => {
    const method = carrier.methods.find((m) => m.kind === channel);
    const to = channel === 'letter' ? method?.address : method?.email;
    return to ? [{ channel, to }] : [];
  });
}

const PHONE = /^\+?[\d ()./-]{6,20}$/;
/** ICCIDs are 18 to 22 digits (ITU-T E.118); shops print them in groups, so spaces are allowed. */
const ICCID = /^\d{18,22}$/;

export function checkFields(fields: LetterFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = fields.name.trim();
  const phone = fields.phone.trim();
  const customer = fields.customerNumber?.trim() ?? '';
  const iccid = (fields.iccid ?? '').replace(/\s/g, '');
  if (!name) problems.push({ field: 'name', kind: 'missing' });
  if (!phone) problems.push({ field: 'phone', kind: 'missing' });
  else if (!PHONE.test(phone) || (phone.match(/\d/g)?.length ?? 0) < 6) problems.push({ field: 'phone', kind: 'invalid' });
  if (!fields.date.trim()) problems.push({ field: 'date', kind: 'missing' });
  else if (!isIsoDate(fields.date.trim())) problems.push({ field: 'date', kind: 'invalid' });
  if (!customer && !iccid) problems.push({ field: 'reference', kind: 'missing' });
  if (iccid && !ICCID.test(iccid)) problems.push({ field: 'iccid', kind: 'invalid' });
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

/** The first note of the carrier's own country that states the right to leave, cited with its first source. */
export function legalBasis(carrier: Carrier, countries: Country[], language: LetterLanguage): Letter['legalBasis'] {
  const country = countries.find((c) => c.code === carrier.country);
  if (!country) return undefined;
  for (const topic of LEGAL_BASIS_TOPICS) {
    const note = country.notes.find((n) => n.topic === topic);
    const source = note && country.sources.find((s) => s.id === note.src[0]);
    if (note && source) return { title: note.title[language] ?? note.title.en, url: source.url };
  }
  return undefined;
}

export interface LetterInput {
  carrier: Carrier;
  countries: Country[];
  fields: LetterFields;
  channel: Channel;
  language: LetterLanguage;
  templates: LetterTemplates;
}

export function buildLetter({ carrier, countries, fields, channel, language, templates }: LetterInput): LetterResult {
  const problems = checkFields(fields);
  if (problems.length) return { ok: false, problems };
  const t: LetterTemplate = templates.templates[language] ?? templates.templates.en!;
  const part = (key: LetterPart, values: Record<string, string | undefined> = {}) => fill(t[key] ?? '', values);

  const travel = carrier.kind === 'travel-esim';
  const customerNumber = fields.customerNumber?.trim();
  const iccid = fields.iccid?.replace(/\s/g, '');
  const reference = [customerNumber && part('customerNumber', { customerNumber }), iccid && part('iccid', { iccid })].filter(Boolean).join(t.referenceJoin);
  const to = channelsFor(carrier).find((c) => c.channel === channel)?.to;
  const basis = legalBasis(carrier, countries, language);
  const person = { name: fields.name, phone: fields.phone, reference };

  const subject = travel ? part('subjectTravel', { carrier: carrier.name }) : part('subject', { carrier: carrier.name, phone: fields.phone });
  const paragraphs = [
    part('opening'),
    travel ? part('requestTravel', person) : part('request', person),
    basis ? part('legal', { legalTitle: basis.title, legalUrl: basis.url }) : part('neutral'),
    part('confirm'),
    // Where the country's rules ask a written cancellation to carry a copy of an ID.
    ...(letterRequires(countries).has('id-copy') ? [part('idCopy')] : []),
    `${part('closing')}\n${fields.name.trim()}`,
  ];
  const dateLine = formatLetterDate(fields.date.trim(), language);
  const head =
    channel === 'letter'
      ? [
          [fields.name.trim(), fields.phone.trim()].join('\n'),
          [part('addressee', { carrier: carrier.name }), to].filter(Boolean).join('\n'),
          dateLine,
          part('subjectLabel', { subject }),
        ]
      : [dateLine];
  const body = [...head, ...paragraphs].join('\n\n');
  const text = channel === 'letter' ? body : `${part('subjectLabel', { subject })}\n\n${body}`;
  return { ok: true, letter: { subject, body, text, to, legalBasis: basis } };
}

/** What the country rules (own country first, then the EU) ask a cancellation letter to carry. */
export function letterRequires(countries: Country[]): Set<LetterRequirement> {
  return new Set(
    countries.flatMap((c) => c.rules.flatMap((r) => (r.kind === 'letter' ? r.requires : r.kind === 'credit-refund' ? ['iban-refund' as const] : []))),
  );
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
