/**
 * The shape of every record under data/. Types for the engine and UI are inferred from here;
 * the schema itself runs only in tests and in the build (scripts/validate-data.ts), never in the
 * shipped extension.
 */
import { z } from 'zod';

export { UI_LOCALES, type UiLocale } from '../utils/engine/locales';

/** The languages carriers write their sites and letters in (ISO 639-1). */
export const CONTENT_LANGUAGES = ['it', 'fr', 'nl', 'de', 'en', 'es', 'ja', 'pt', 'pl'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/**
 * Text in our own words. English and Simplified Chinese are required; the carrier's languages follow.
 * Traditional Chinese (zh_TW) is optional: where it is missing it is derived from zh_CN at build time.
 */
export const Localized = z.strictObject({
  en: z.string().min(1),
  zh_CN: z.string().min(1),
  zh_TW: z.string().min(1).optional(),
  it: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  nl: z.string().min(1).optional(),
  de: z.string().min(1).optional(),
  es: z.string().min(1).optional(),
  ja: z.string().min(1).optional(),
  pt: z.string().min(1).optional(),
  pl: z.string().min(1).optional(),
});
export type Localized = z.infer<typeof Localized>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date checked as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'a real calendar date');

export const Source = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a short id of lowercase letters, digits and dashes'),
    /** https, or http for an official page that exists only over http (the guide says so). */
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }),
    checked: isoDate,
    /** true when the page is the carrier's, a regulator's or a government's own. */
    official: z.boolean(),
    title: z.string().optional(),
  })
  .refine((s) => s.official || !s.url.startsWith('http:'), {
    path: ['url'],
    message: 'only an official page that exists only over http may be cited over http; others need https',
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

/**
 * What SIM Exit points at on a carrier's page. `account`: the way into the account area; `end`: ends the
 * contract, line or subscription; `renewal`: switches auto-renewal off; `delete`: deletes the account,
 * which by itself ends nothing.
 */
export const ACTIONS = ['account', 'end', 'renewal', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];
/** The actions that can end a plan: a carrier record names which of them ends its plans. */
export const ENDING_ACTIONS = ['end', 'renewal'] as const;

const hintWords = z.array(z.string().min(2));
export const Hints = z.strictObject({
  /** Words and names the carrier's site uses for its account area ("MyTIM", "Area Clienti"). */
  account: hintWords,
  /** Words the carrier uses for ending the contract ("Recesso", "Opzeggen", "Cancel subscription"). */
  end: hintWords.default([]),
  /** Words on the control that switches auto-renewal off ("Renewals", "Auto-renew"). */
  renewal: hintWords.default([]),
  /** Words the carrier uses for deleting the account ("Delete Account"). */
  delete: hintWords.default([]),
  /** CSS selectors the carrier's pages use, per action. */
  selectors: z.partialRecord(z.enum(ACTIONS), z.array(z.string().min(1))).optional(),
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
  /** Paying back unused credit after an ordinary cancellation, when `refund` covers only the cooling-off period. */
  'creditRefund',
  'deleteAccount',
  'portOut',
] as const;

export const CARRIER_KINDS = ['operator', 'mvno', 'travel-esim'] as const;

export const Carrier = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Other names people search for; a name in another script (沃达丰) names the source that shows it in use. */
  aliases: z.array(z.union([z.string().min(1), z.strictObject({ name: z.string().min(1), src })])).default([]),
  /** ISO 3166-1 alpha-2, or "global" for travel-eSIM sellers that serve every country. */
  country: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('global')]),
  kind: z.enum(CARRIER_KINDS),
  /** The languages the carrier's site and letters are in, most used first. */
  languages: z.array(z.enum(CONTENT_LANGUAGES)).min(1),
  /** Which on-page action ends this carrier's plans: operators `end`; travel eSIMs `renewal`, plus `end` where a subscription exists. */
  endsBy: z.array(z.enum(ENDING_ACTIONS)),
  /** Empty only when no source shows the carrier's web domain: then "hosts" is listed in `unverified`. */
  hosts: z.array(Host),
  accountUrl: Link.optional(),
  /** The carrier's own page about cancelling, when there is one. */
  cancelPage: Link.optional(),
  methods: z.array(Method),
  steps: z.strictObject({ items: z.array(Localized).min(1), src }).optional(),
  notice: z.strictObject({ text: Localized, days: z.number().int().min(0).max(90).optional(), src }).optional(),
  fees: Fact.optional(),
  autoRenew: z
    .strictObject({
      renews: z.boolean(),
      howToStop: Localized.optional(),
      /** How often the plan renews, where the cited source says so (a monthly subscription: 1). */
      periodMonths: z.number().int().min(1).max(12).optional(),
      src,
    })
    .optional(),
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

export const LEGAL_TOPICS = [
  'withdrawal',
  'notice',
  'fees',
  'max-term',
  'end-date',
  'price-change',
  'switching',
  'porting',
  'cooling-off',
  'after-term',
  'channels',
  'processing',
  'credit-refund',
  'letter',
] as const;

/** Ways of cancelling that a country's law gives every consumer. */
export const LEGAL_CHANNELS = ['pec', 'cancel-button', 'online-three-clicks', 'registered-letter', 'email', 'phone', 'shop', 'new-operator'] as const;
/** What a cancellation letter must or should carry in a country. */
export const LETTER_REQUIREMENTS = ['id-copy', 'signature', 'customer-number', 'iban-refund'] as const;
export type LetterRequirement = (typeof LETTER_REQUIREMENTS)[number];

const ruleBase = { src, /** The legal note (by topic) that explains this rule to the user. */ note: z.enum(LEGAL_TOPICS).optional() };
/** Rules the engine interprets (utils/engine/deadline.ts, letter.ts). A country is these records, never code. */
export const CountryRule = z.discriminatedUnion('kind', [
  /** The operator may ask for at most this much notice before a cancellation takes effect. */
  z.strictObject({ kind: z.literal('notice-cap'), days: z.number().int().min(0).max(366), ...ruleBase }),
  /** The consumer picks the end date, with immediate effect if they like. */
  z.strictObject({ kind: z.literal('end-date-choice'), ...ruleBase }),
  /** From this many months after the start, ending the contract costs no exit fee. */
  z.strictObject({ kind: z.literal('free-after-months'), months: z.number().int().min(0).max(60), ...ruleBase }),
  /** Leaving costs no penalty at any time, only the operator's justified costs. */
  z.strictObject({ kind: z.literal('no-exit-penalty'), ...ruleBase }),
  /** The initial minimum term may not be longer than this. */
  z.strictObject({ kind: z.literal('max-initial-term'), months: z.number().int().min(1).max(60), ...ruleBase }),
  /** After the initial term has ended, the contract can be ended with this notice (Germany: one month). */
  z.strictObject({
    kind: z.literal('notice-after-term'),
    days: z.number().int().min(0).max(366).optional(),
    months: z.number().int().min(0).max(12).optional(),
    ...ruleBase,
  }),
  /** The operator must carry out the cancellation within this many (working) days and confirm it. */
  z.strictObject({
    kind: z.literal('processing-days'),
    days: z.number().int().min(0).max(90),
    workingDays: z.boolean(),
    /** The operator must give a reference number for the request. */
    reference: z.boolean().default(false),
    ...ruleBase,
  }),
  /** A way of cancelling the law gives (Italy's PEC; Germany's cancel button; France's three clicks). */
  z.strictObject({ kind: z.literal('channel'), channel: z.enum(LEGAL_CHANNELS), text: Localized, ...ruleBase }),
  /** What a cancellation letter carries in this country. */
  z.strictObject({ kind: z.literal('letter'), requires: z.array(z.enum(LETTER_REQUIREMENTS)).min(1), ...ruleBase }),
  /** Unused prepaid credit must be paid back when the line ends. */
  z.strictObject({ kind: z.literal('credit-refund'), ...ruleBase }),
]);
export type CountryRule = z.infer<typeof CountryRule>;
export type CountryRuleKind = CountryRule['kind'];

export const Country = z.strictObject({
  /** ISO 3166-1 alpha-2, or "EU" for rules that hold in every member state. */
  code: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('EU')]),
  eu: z.boolean(),
  /** In the European Economic Area (EU members, Iceland, Liechtenstein, Norway). */
  eea: z.boolean().default(false),
  /** The languages carriers of this country write in, most used first (empty for "EU"). */
  languages: z.array(z.enum(CONTENT_LANGUAGES)).default([]),
  /** Extra search words beyond what Intl.DisplayNames gives (old names, common misspellings). */
  aliases: z.array(z.string()).default([]),
  notes: z.array(z.strictObject({ topic: z.enum(LEGAL_TOPICS), title: Localized, text: Localized, src })),
  rules: z.array(CountryRule).default([]),
  /** For "EU": the member states, whose users see the EU's notes after their own country's. */
  members: z.strictObject({ codes: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1), src }).optional(),
  sources: z.array(Source).min(1),
});
export type Country = z.infer<typeof Country>;

export const EsimRemoval = z.strictObject({
  warning: Fact,
  platforms: z.array(z.strictObject({ id: z.enum(['iphone', 'pixel', 'samsung']), name: z.string(), steps: z.array(Localized).min(1), src })),
  sources: z.array(Source).min(1),
});
export type EsimRemoval = z.infer<typeof EsimRemoval>;

const perLanguage = z.record(z.string(), z.array(z.string().min(1)));
/** The negative phrases: what is never the user's way out, or loses points (utils/engine/locate.ts). */
export const NEGATIVE_KINDS = ['generic', 'logout', 'signup', 'password', 'newsletter', 'help', 'appAdvert', 'policy'] as const;
export const Keywords = z.strictObject({
  /** Per action and language, strongest first. */
  actions: z.strictObject(Object.fromEntries(ACTIONS.map((a) => [a, perLanguage])) as Record<Action, typeof perLanguage>),
  negative: z.strictObject(Object.fromEntries(NEGATIVE_KINDS.map((k) => [k, perLanguage])) as Record<(typeof NEGATIVE_KINDS)[number], typeof perLanguage>),
  /** CSS selectors of consent platforms' banners (OneTrust, Didomi, iubenda, Cookiebot …): never a target. */
  consentContainers: z.array(z.string().min(1)).min(1),
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
  /** Asks for unused credit back to this IBAN (countries with a `credit-refund` rule or `iban-refund` letter requirement). */
  creditRefund: ['iban'],
  /** The line above the sender's signature on a printed letter. */
  signature: [],
} as const satisfies Record<string, readonly string[]>;
export type LetterPart = keyof typeof LETTER_PLACEHOLDERS;
/** Template parts a country's `letter` rule can require; the others every template has. */
export const PART_FOR_REQUIREMENT = {
  'id-copy': 'idCopy',
  'customer-number': 'customerNumber',
  'iban-refund': 'creditRefund',
  signature: 'signature',
} as const;
const OPTIONAL_PARTS: readonly LetterPart[] = ['creditRefund', 'signature'];

/** Every placeholder a part names must be one of its own: the filler then never meets an unknown one. */
const LetterTemplate = z.strictObject(
  Object.fromEntries(
    Object.entries(LETTER_PLACEHOLDERS).map(([part, allowed]) => {
      const text = z
        .string()
        .min(1)
        .refine((t) => [...t.matchAll(/\{(\w*)\}/g)].every((m) => (allowed as readonly string[]).includes(m[1])), {
          message: `only the placeholders ${allowed.map((p) => `{${p}}`).join(', ') || '(none)'} may be used here`,
        });
      return [part, OPTIONAL_PARTS.includes(part as LetterPart) ? text.optional() : text];
    }),
  ) as Record<LetterPart, z.ZodString>,
);
export type LetterTemplate = Omit<Record<LetterPart, string>, 'creditRefund' | 'signature'> & { creditRefund?: string; signature?: string };

export { LetterTemplate };

/**
 * Cancellation letters in our own words, one file a language (`data/letters/<lang>.json`): the carrier's
 * languages for the letter, every UI language for its translation.
 */
export const LetterTemplates = z.strictObject({ templates: z.record(z.string(), LetterTemplate) });
export type LetterTemplates = { templates: Partial<Record<string, LetterTemplate>> };
