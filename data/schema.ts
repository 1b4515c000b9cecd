/**
 * The shape of every record under data/. Types for the engine and UI are inferred from here;
 * the schema itself runs only in tests and in the build (scripts/validate-data.ts), never in the
 * shipped extension.
 */
import { z } from 'zod';

export { UI_LOCALES, type UiLocale } from '../utils/locales';

/** Text in our own words. English and Simplified Chinese are required; the carrier's languages follow. */
export const Localized = z.strictObject({
  en: z.string().min(1),
  zh_CN: z.string().min(1),
  it: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  nl: z.string().min(1).optional(),
  de: z.string().min(1).optional(),
});
export type Localized = z.infer<typeof Localized>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date checked as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'a real calendar date');

export const Source = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a short id of lowercase letters, digits and dashes'),
  url: z.url({ protocol: /^https$/, error: 'an https URL' }),
  checked: isoDate,
  /** true when the page is the carrier's, a regulator's or a government's own. */
  official: z.boolean(),
  title: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Ids of entries in the record's `sources` that back this fact. */
const src = z.array(z.string()).min(1, 'every fact names at least one source id');

/** National short codes ("119") or international numbers ("+39 800 688 788"): digits and single spaces. */
export const PHONE_FORMAT = /^(\d{3,6}|\+\d{1,3}( \d{1,4}){2,6})$/;
const phone = z.string().regex(PHONE_FORMAT, 'a short code like "119" or "+CC NNN NNN" (digits and single spaces)');

const httpsUrl = z.url({ protocol: /^https$/, error: 'an https URL' });

export const METHOD_KINDS = ['online', 'phone', 'letter', 'pec', 'email', 'chat', 'shop', 'app'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

export const Method = z
  .strictObject({
    kind: z.enum(METHOD_KINDS),
    url: httpsUrl.optional(),
    phone: phone.optional(),
    email: z.email().optional(),
    address: z.string().min(5).optional(),
    /** App name for kind "app". */
    app: z.string().optional(),
    note: Localized.optional(),
    src,
  })
  .superRefine((m, ctx) => {
    const need: Partial<Record<MethodKind, keyof typeof m>> = {
      phone: 'phone',
      letter: 'address',
      pec: 'email',
      email: 'email',
    };
    const field = need[m.kind];
    if (field && !m[field]) ctx.addIssue({ code: 'custom', path: [field], message: `a "${m.kind}" method needs "${field}"` });
  });
export type Method = z.infer<typeof Method>;

const Fact = z.strictObject({ text: Localized, src });
const Link = z.strictObject({ url: httpsUrl, src });

export const Host = z.strictObject({
  host: z
    .string()
    .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lowercase registrable domain such as "tim.it" (no scheme, no www)')
    .refine((h) => !h.startsWith('www.'), 'no "www." prefix: subdomains match by themselves'),
  src,
});

export const Hints = z.strictObject({
  /** Words and names the carrier's site uses for its account area ("MyTIM", "Area Clienti"). */
  account: z.array(z.string().min(2)),
  /** Words the carrier uses for ending the contract ("Recesso", "Opzeggen"). */
  cancel: z.array(z.string().min(2)),
  accountSelectors: z.array(z.string()).optional(),
  cancelSelectors: z.array(z.string()).optional(),
});

export const UNVERIFIABLE = [
  'hosts',
  'accountUrl',
  'cancelPage',
  'online',
  'phone',
  'letter',
  'pec',
  'email',
  'shop',
  'app',
  'steps',
  'notice',
  'fees',
  'autoRenew',
  'refund',
  'deleteAccount',
  'portOut',
] as const;

export const CARRIER_KINDS = ['operator', 'mvno', 'travel-esim'] as const;

export const Carrier = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** ISO 3166-1 alpha-2, or "global" for travel-eSIM sellers that serve every country. */
  country: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('global')]),
  kind: z.enum(CARRIER_KINDS),
  /** The languages the carrier's site and letters are in, most used first. */
  languages: z.array(z.enum(['it', 'fr', 'nl', 'de', 'en'])).min(1),
  /** Empty only when no source shows the carrier's web domain: then "hosts" is listed in `unverified`. */
  hosts: z.array(Host),
  accountUrl: Link.optional(),
  /** The carrier's own page about cancelling, when there is one. */
  cancelPage: Link.optional(),
  methods: z.array(Method),
  steps: z.strictObject({ items: z.array(Localized).min(1), src }).optional(),
  notice: z.strictObject({ text: Localized, days: z.number().int().min(0).max(90).optional(), src }).optional(),
  fees: Fact.optional(),
  autoRenew: z.strictObject({ renews: z.boolean(), howToStop: Localized.optional(), src }).optional(),
  refund: Fact.optional(),
  deleteAccount: Fact.optional(),
  portOut: Fact.optional(),
  /** Other sourced facts worth knowing (who runs the brand, when an unused SIM lapses). */
  notes: z.array(Fact).optional(),
  hints: Hints,
  /** Facts searched for and not confirmed by any source: the guide says "not confirmed". */
  unverified: z.array(z.enum(UNVERIFIABLE)).default([]),
  sources: z.array(Source).min(1),
});
export type Carrier = z.infer<typeof Carrier>;
export type CarrierInput = z.input<typeof Carrier>;

export const LEGAL_TOPICS = ['withdrawal', 'notice', 'fees', 'max-term', 'end-date', 'price-change', 'switching', 'porting', 'cooling-off'] as const;

export const Country = z.strictObject({
  /** ISO 3166-1 alpha-2, or "EU" for rules that hold in every member state. */
  code: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('EU')]),
  eu: z.boolean(),
  /** Extra search words beyond what Intl.DisplayNames gives (old names, common misspellings). */
  aliases: z.array(z.string()).default([]),
  notes: z.array(z.strictObject({ topic: z.enum(LEGAL_TOPICS), title: Localized, text: Localized, src })),
  sources: z.array(Source).min(1),
});
export type Country = z.infer<typeof Country>;

export const EsimRemoval = z.strictObject({
  warning: Fact,
  platforms: z.array(z.strictObject({ id: z.enum(['iphone', 'pixel', 'samsung']), name: z.string(), steps: z.array(Localized).min(1), src })),
  sources: z.array(Source).min(1),
});
export type EsimRemoval = z.infer<typeof EsimRemoval>;

export const Keywords = z.strictObject({
  /** Per language: phrases for the account area, for ending a contract, and dialog buttons that are never a cancellation. */
  account: z.record(z.string(), z.array(z.string().min(2))),
  cancel: z.record(z.string(), z.array(z.string().min(2))),
  decoy: z.record(z.string(), z.array(z.string().min(2))),
});
export type Keywords = z.infer<typeof Keywords>;

/** Placeholders each part of a letter template may use; anything else could never be filled. */
export const LETTER_PLACEHOLDERS = {
  subject: ['carrier', 'phone'],
  subjectTravel: ['carrier'],
  subjectLabel: ['subject'],
  addressee: ['carrier'],
  opening: [],
  request: ['name', 'phone', 'reference'],
  requestTravel: ['name', 'phone', 'reference'],
  legal: ['legalTitle', 'legalUrl'],
  neutral: [],
  confirm: [],
  idCopy: [],
  closing: [],
  customerNumber: ['customerNumber'],
  iccid: ['iccid'],
  referenceJoin: [],
} as const satisfies Record<string, readonly string[]>;
export type LetterPart = keyof typeof LETTER_PLACEHOLDERS;

/** Every placeholder a part names must be one of its own: the filler then never meets an unknown one. */
const LetterTemplate = z.strictObject(
  Object.fromEntries(
    Object.entries(LETTER_PLACEHOLDERS).map(([part, allowed]) => [
      part,
      z
        .string()
        .min(1)
        .refine((text) => [...text.matchAll(/\{(\w*)\}/g)].every((m) => (allowed as readonly string[]).includes(m[1])), {
          message: `only the placeholders ${allowed.map((p) => `{${p}}`).join(', ') || '(none)'} may be used here`,
        }),
    ]),
  ) as Record<LetterPart, z.ZodString>,
);
export type LetterTemplate = Record<LetterPart, string>;

/** Cancellation letters in our own words: the carrier's languages for the letter, every UI language for its translation. */
export const LetterTemplates = z.strictObject({
  templates: z.strictObject({
    en: LetterTemplate,
    zh_CN: LetterTemplate,
    it: LetterTemplate,
    fr: LetterTemplate,
    nl: LetterTemplate,
    de: LetterTemplate,
  }),
});
export type LetterTemplates = z.infer<typeof LetterTemplates>;
