/**
 * DOM + action → ranked candidates, each with the breakdown of its score. Generic engine: carriers
 * only contribute data (hints); phrases, negative phrases and consent-platform containers come from
 * data/keywords.json.
 *
 * Structure comes before words: disabled controls, consent banners and the generic buttons of
 * dialogs are excluded before any phrase is read; log-out, sign-up, password and newsletter
 * controls are excluded by their words; help articles, app adverts and policy pages lose points.
 */
import type { Action } from './actions';
import { containsPhrase, fold } from './text';

export const ACTIONS: readonly Action[] = ['account', 'end', 'renewal', 'delete'];
export const NEGATIVE_KINDS = ['generic', 'logout', 'signup', 'password', 'newsletter', 'help', 'appAdvert', 'policy'] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

/** Phrase lists per language (strongest first within each list), as data/keywords.json holds them. */
export interface Keywords {
  actions: Record<Action, Record<string, string[]>>;
  negative: Record<NegativeKind, Record<string, string[]>>;
  consentContainers: string[];
}

/** The phrases of every language together: pages mix languages (English nav on an Italian site). */
export interface Phrases {
  actions: Record<Action, string[][]>;
  negative: Record<NegativeKind, string[]>;
  consentContainers: string[];
}

export interface CarrierHints {
  account: string[];
  end: string[];
  renewal: string[];
  delete: string[];
  selectors?: Partial<Record<Action, string[]>>;
}

export interface SearchOptions {
  /** Defaults to a layout-based check; tests without layout pass their own. */
  isVisible?: (el: Element) => boolean;
  /** Stop after looking at this many elements (pages that grow without end). */
  maxElements?: number;
}

export interface LocateOptions extends SearchOptions {
  phrases: Phrases;
  hints?: CarrierHints;
}

/**
 * Every weight and penalty the score is made of, in one place. A hint (the carrier's own words)
 * outweighs a generic phrase by 20 in every field, so a carrier's wording wins ties on its site.
 */
export const WEIGHTS = {
  selector: 100,
  hint: { text: 60, label: 55, nearby: 45, path: 30 },
  phrase: { text: 40, label: 35, nearby: 30, path: 20 },
  /** A link path, or a second field (a title beside the text), that agrees adds a quarter of its weight. */
  pathAlongside: 0.25,
  fieldAlongside: 0.25,
  /** Exact, short labels beat long sentences that merely mention the phrase. */
  shortText: 5,
  /** A later phrase in a list is a weaker one: one point less per place, ten at most. */
  rankStep: 1,
} as const;

export const PENALTIES = {
  /** Help articles about the account or about cancelling ("How do I cancel?"). */
  help: -35,
  /** A policy page (refund policy, terms) when the page has an action element as well. */
  policy: -30,
  /** Links in the page footer: site maps, rarely the user's own action. */
  footer: -8,
} as const;

export type Field = 'text' | 'label' | 'nearby' | 'path';
export type ScorePart =
  | { kind: 'selector'; selector: string; weight: number }
  | { kind: 'hint' | 'phrase'; field: Field; phrase: string; weight: number }
  | { kind: 'bonus'; why: 'short-text'; weight: number }
  | { kind: 'penalty'; why: keyof typeof PENALTIES; weight: number };

export interface Candidate {
  element: Element;
  action: Action;
  score: number;
  parts: ScorePart[];
}

/**
 * What a person can click: links, buttons, summaries, button-like inputs, elements with a clickable
 * role, and the script-driven login buttons of real headers (a <div class="login-button">). The
 * browser's query is broader and shorter (fewer selectors to try on every element of the page);
 * isClickable narrows it down.
 */
const CLICKABLE = 'a[href],button,summary,input,[role],[class*="login" i]';
const CLICKABLE_ROLES = new Set(['button', 'link', 'menuitem', 'tab', 'switch', 'checkbox']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'checkbox']);

function isClickable(el: Element, tag: string): boolean {
  if ((tag === 'a' && el.hasAttribute('href')) || tag === 'button' || tag === 'summary') return true;
  if (tag === 'input' && BUTTON_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase())) return true;
  const role = el.getAttribute('role');
  return (!!role && CLICKABLE_ROLES.has(role)) || /login-?button/i.test(el.getAttribute('class') ?? '');
}
/** The attributes that score() reads beside the text and the link. */
const LABELLED = '[role],[aria-label],[title]';
const MAX_TEXT = 80;
// help, faq(s), assistenza/assistance, aiuto/aide, hilfe, ayuda, support(o), klantenservice, guida, uitleg
const HELP_PATH = /(^|\/)(help|faqs?|assist(enza|ance)|ai(uto|de)|hilfe|ayuda|supporto?|klantenservice|guida|uitleg)(\/|$)/i;
const APP_STORE = /^https?:\/\/((apps|itunes)\.apple|play\.google)\.com\//i;

/**
 * Whether the element is rendered, from style alone (display, visibility, opacity): no layout, so it
 * can run while the page has not been laid out yet. Engines without checkVisibility use the layout.
 */
export function isVisibleByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { checkOpacity: true, checkVisibilityCSS: true }) : hasArea(el);
}

/** Whether the element takes up room on the page (this reads the layout). */
export function hasArea(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

export const isVisibleByLayout = (el: Element): boolean => isVisibleByStyle(el) && hasArea(el);

/** The root and every open shadow root and same-origin iframe document below it. */
export function* searchRoots(root: Document | ShadowRoot | Element): Generator<Document | ShadowRoot | Element> {
  const stack = [root];
  while (stack.length) {
    const current = stack.pop()!;
    yield current;
    // A live collection walks faster than a static list; shadow roots only have the latter. Frames
    // come from their own (short) collection, so the walk over every element reads one property.
    const all = 'getElementsByTagName' in current ? current.getElementsByTagName('*') : current.querySelectorAll('*');
    const found: (Document | ShadowRoot)[] = [];
    for (let i = 0; i < all.length; i++) {
      const shadow = all[i].shadowRoot;
      if (shadow) found.push(shadow);
    }
    for (const frame of current.querySelectorAll('iframe')) {
      try {
        const doc = frame.contentDocument;
        if (doc?.documentElement) found.push(doc);
      } catch {
        // Cross-origin frame: not ours to read.
      }
    }
    stack.push(...found);
  }
}

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode() as ShadowRoot;
  return root && 'host' in root ? root.host : null;
}

/** `tag`: the element's localName, which the caller has read already (each DOM read costs, most in Firefox). */
function ownText(el: Element, tag: string): string {
  // The tag name, not instanceof: elements inside an iframe belong to the frame's own window.
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return type === 'checkbox' ? '' : (el as HTMLInputElement).value;
  }
  return el.textContent ?? '';
}

/** A form control's own label: <label for>, a wrapping <label>, or aria-labelledby. */
function controlLabel(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) parts.push(doc.getElementById(id)?.textContent ?? '');
  if (el.id) doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`).forEach((l) => parts.push(l.textContent ?? ''));
  const wrapping = el.closest('label');
  if (wrapping) parts.push(wrapping.textContent ?? '');
  return parts.join(' ');
}

/** Short text around a switch or checkbox ("Renewals" beside the toggle), at most two levels up. */
function nearbyText(el: Element): string {
  let node = el.parentElement;
  for (let level = 0; node && level < 2; level++, node = node.parentElement) {
    const text = node.textContent ?? '';
    if (text.trim() && text.length <= 120) return text;
  }
  return '';
}

function linkPath(href: string | null): string {
  if (!href || /^(javascript:|#)/.test(href)) return '';
  // Plain site paths ("/area-clienti") need no work; this runs for every link on the page.
  if (/^\/[\w/-]*$/.test(href)) return href;
  // String work instead of new URL(), for the same reason.
  const path = href
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\.[a-z]+$/i, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function imageAlts(el: Element): string {
  // Most links hold only text: skip the image query for them.
  if (!el.firstElementChild) return '';
  return Array.from(el.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')).join(' ');
}

function matchesAny(el: Element, selectors: readonly string[] | undefined): string | undefined {
  return selectors?.find((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || !!el.closest('fieldset[disabled]');
}

function isDialog(node: Element): boolean {
  return node.nodeName === 'DIALOG' || /^(alert)?dialog$/.test(String(node.getAttribute('role'))) || node.getAttribute('aria-modal') === 'true';
}

/** Where an element sits: inside a consent banner, a dialog or modal, the footer (crossing shadow roots). */
function surroundings(el: Element, consent: readonly string[]): { consent: boolean; dialog: boolean; footer: boolean } {
  const found = { consent: false, dialog: false, footer: false };
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (matchesAny(node, consent)) found.consent = true;
    if (isDialog(node)) found.dialog = true;
    if (node.nodeName === 'FOOTER' || node.getAttribute('role') === 'contentinfo') found.footer = true;
  }
  return found;
}

/** The best phrase found in a field; earlier phrases in a list are stronger. */
function bestPhrase(field: string, lists: string[][], weight: number): { phrase: string; weight: number } | undefined {
  let best: { phrase: string; weight: number } | undefined;
  if (!field) return best;
  for (const phrases of lists)
    for (let i = 0; i < phrases.length; i++) {
      const w = weight - Math.min(i * WEIGHTS.rankStep, 10);
      if ((!best || w > best.weight) && containsPhrase(field, phrases[i])) best = { phrase: phrases[i], weight: w };
    }
  return best;
}

function anyPhrase(field: string, phrases: readonly string[]): boolean {
  return !!field && phrases.some((p) => containsPhrase(field, p));
}

/**
 * The phrases compiled for a search: folded, with the quick filter's regex sources. Plain JSON, so
 * that the background compiles them once per carrier and page scripts receive them ready.
 */
export interface Compiled {
  intents: CompiledIntent[];
  /** Any phrase's first word, or any non-ASCII letter (case-insensitive, on raw text). */
  maybe: string;
  negative: Record<NegativeKind, string[]>;
  consentContainers: string[];
}

/** One action's folded hints and phrases, with the regex source that finds any of them. */
export interface CompiledIntent {
  action: Action;
  hints: string[][];
  phrases: string[][];
  selectors?: string[];
  /** Any of its hints or phrases as containsPhrase finds them (whole words unless CJK), on folded text. */
  test: string;
}

type Intent = Omit<CompiledIntent, 'test'> & { test: RegExp };

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[a-z0-9]/;

/** A phrase as containsPhrase matches it: a phrase with a Latin first or last letter as whole words. */
function phraseSource(phrase: string): string {
  const wordLike = LATIN.test(phrase[0]) || LATIN.test(phrase[phrase.length - 1]);
  return wordLike ? `(?<![a-z0-9])${escape(phrase)}(?![a-z0-9])` : escape(phrase);
}

let marked: Record<string, string> | undefined;

/**
 * A phrase's first word as it may stand in raw text: each letter also with the marks that fold away
 * (e → [eéèêë…]), "ss" also as ß. Case is left to the regex's i flag.
 */
function rawWordSource(word: string): string {
  if (!marked) {
    marked = {};
    for (let code = 0xc0; code <= 0x24f; code++) {
      const letter = String.fromCharCode(code);
      const base = fold(letter);
      if (/^[a-z]$/.test(base) && letter !== base && letter === letter.toLowerCase()) marked[base] = (marked[base] ?? '') + letter;
    }
  }
  return word
    .split('ss')
    .map((part) => [...part].map((c) => (marked![c] ? `[${c}${marked![c]}]` : c)).join(''))
    .join('(?:ss|ß|ẞ)');
}

/**
 * Compiles phrases and a carrier's hints for the given actions: per action one regex that finds any
 * of its phrases in an element's folded text (in one native pass), and for all actions together a
 * quicker one on raw text: the phrases' first words, accented or not, or the first character of a
 * phrase that does not start with a Latin letter (CJK), or a combining mark (text typed decomposed).
 * Text with other accents ("Scopri di più") is not folded just to be rejected. A lookbehind rather
 * than a leading (?:^|[^a-z0-9]): the regex engine can then skip ahead to the letters a phrase starts with.
 */
export function compile(options: { phrases: Phrases; hints?: CarrierHints }, actions: readonly Action[] = ACTIONS): Compiled {
  const firstWords = new Set<string>();
  // The first characters of phrases that start with no Latin letter, as written and as folded.
  const firstChars = new Set<string>(['\u0300-\u036f']);
  const intents = actions.map((action): CompiledIntent => {
    const raw = [...(options.hints?.[action] ?? []), ...options.phrases.actions[action].flat()];
    const hints = [(options.hints?.[action] ?? []).map(fold).filter(Boolean)];
    const phrases = options.phrases.actions[action].map((list) => list.map(fold));
    const all = [...new Set([...hints, ...phrases].flat().filter(Boolean))];
    for (const phrase of all) {
      const first = /^[a-z0-9]+/.exec(phrase);
      if (first) firstWords.add(first[0]);
    }
    for (const phrase of raw) {
      const folded = fold(phrase);
      if (!folded || /^[a-z0-9]/.test(folded)) continue;
      for (const c of [phrase.trim()[0], folded[0]]) firstChars.add(escape(c).replace(/[-\]]/g, '\\$&'));
    }
    return { action, hints, phrases, selectors: options.hints?.selectors?.[action], test: all.length ? all.map(phraseSource).join('|') : '$^' };
  });
  const negative = Object.fromEntries(Object.entries(options.phrases.negative).map(([k, list]) => [k, list.map(fold)])) as Record<NegativeKind, string[]>;
  // Grouped by first letter (a[rea|ccedi|…]|m[io|on|…]): the engine tries one class per letter
  // at each place in the text, not every word.
  const byFirst = new Map<string, string[]>();
  for (const word of firstWords) {
    const [first, rest] = word.startsWith('ss') ? [word, ''] : [word[0], word.slice(1)];
    byFirst.set(first, [...(byFirst.get(first) ?? []), rawWordSource(rest)]);
  }
  const grouped = [...byFirst].map(([first, rests]) => `${rawWordSource(first)}(?:${rests.join('|')})`);
  const words = firstWords.size ? `(?<![a-z0-9])(?:${grouped.join('|')})(?![a-z0-9])|` : '';
  return { intents, maybe: `${words}[${[...firstChars].join('')}]`, negative, consentContainers: options.phrases.consentContainers };
}

/**
 * A quick "which intents could match this element?" test, as a bit mask over the intents: one pass
 * for all intents first, in the raw text (most elements match nothing), then one per intent in the
 * folded text: only elements that hold one of an intent's phrases are scored for it.
 */
function prefilter(maybe: RegExp, intents: Intent[]): (text: string, label: string, nearby: string, path: string) => number {
  return (text, label, nearby, path) => {
    if (!((text && maybe.test(text)) || (label && maybe.test(label)) || (nearby && maybe.test(nearby)) || (path && maybe.test(path)))) return 0;
    const folded = fold(`${text} ${label} ${nearby} ${path}`);
    let mask = 0;
    intents.forEach(({ test }, i) => {
      if (test.test(folded)) mask |= 1 << i;
    });
    return mask;
  };
}

function wordsMatched(c: Candidate): string | undefined {
  const part = c.parts.find((p) => (p.kind === 'hint' || p.kind === 'phrase') && p.field !== 'path');
  return part && 'phrase' in part ? part.phrase : undefined;
}

/** Whether a's phrase contains b's, longer ("delete my account" over "my account"). */
function moreSpecific(a: Candidate, b: Candidate): boolean {
  const pa = wordsMatched(a);
  const pb = wordsMatched(b);
  return !!pa && !!pb && pa.length > pb.length && containsPhrase(pa, pb);
}

/** The candidate's score breakdown in words, for the debug view and test messages. */
export function explain(c: Candidate): string {
  return c.parts
    .map((p) => {
      const what = p.kind === 'selector' ? `selector ${p.selector}` : 'why' in p ? p.why : `${p.kind} "${p.phrase}" in ${p.field}`;
      return `${p.weight >= 0 ? '+' : ''}${Math.round(p.weight)} ${what}`;
    })
    .join(', ');
}

/** Compiles the phrases and searches: for tests and tools; page scripts get compiled phrases. */
export function locateAll(root: Document | ShadowRoot | Element, options: LocateOptions, actions: readonly Action[] = ACTIONS): Record<Action, Candidate[]> {
  return locateCompiled(root, compile(options, actions), actions, options);
}

/**
 * Finds candidates for the actions in one pass over the page, best first. An element counts for
 * one action only: the one it scores best for.
 */
export function locateCompiled(
  root: Document | ShadowRoot | Element,
  compiled: Compiled,
  actions: readonly Action[] = ACTIONS,
  { isVisible: visible = isVisibleByLayout, maxElements = 200_000 }: SearchOptions = {},
): Record<Action, Candidate[]> {
  const found: Record<Action, Candidate[]> = { account: [], end: [], renewal: [], delete: [] };
  if (!actions.length) return found;
  const intents: Intent[] = compiled.intents.filter((i) => actions.includes(i.action)).map((i) => ({ ...i, test: new RegExp(i.test) }));
  const candidateIntents = prefilter(new RegExp(compiled.maybe, 'i'), intents);
  const { negative } = compiled;
  const generic = new Set(negative.generic);

  let examined = 0;
  for (const searchRoot of searchRoots(root)) {
    const clickable = searchRoot.querySelectorAll(CLICKABLE);
    const labelled = new Set(searchRoot.querySelectorAll(LABELLED));
    for (let i = 0; i < clickable.length && examined < maxElements; i++) {
      const el = clickable[i];
      const tag = el.localName;
      if (isClickable(el, tag)) {
        examined++;
        score(el, tag, labelled);
      }
    }
  }

  function score(el: Element, tag: string, labelled: ReadonlySet<Element>) {
    const rawText = ownText(el, tag);
    const href = el.getAttribute('href');
    const rawPath = href ? linkPath(href) : '';
    // Role, aria-label and title are read only where one native query found any of them.
    const attributed = labelled.has(el);
    const role = attributed ? el.getAttribute('role') : null;
    const control = tag === 'input' || role === 'switch' || role === 'checkbox';
    const alts = imageAlts(el);
    const rawLabel =
      attributed || alts || control
        ? [attributed && el.getAttribute('aria-label'), attributed && el.getAttribute('title'), alts, control && controlLabel(el)].filter(Boolean).join(' ')
        : '';
    const rawNearby = control && !rawLabel.trim() ? nearbyText(el) : '';
    const mask = candidateIntents(rawText, rawLabel, rawNearby, rawPath);
    let possible: Intent[] | undefined;
    for (let i = 0; i < intents.length; i++)
      if (mask & (1 << i) || (intents[i].selectors && matchesAny(el, intents[i].selectors))) (possible ??= []).push(intents[i]);
    if (!possible) return;

    // Words next, as plain string work: most elements that pass the quick test hold no phrase.
    const text = fold(rawText);
    const label = fold(rawLabel);
    const nearby = fold(rawNearby);
    const path = fold(rawPath);
    const scored: { intent: Intent; parts: ScorePart[]; short: boolean }[] = [];
    for (const intent of possible) {
      const parts: ScorePart[] = [];
      const selector = matchesAny(el, intent.selectors);
      if (selector) parts.push({ kind: 'selector', selector, weight: WEIGHTS.selector });
      const best = (field: Field, value: string) => {
        const hint = bestPhrase(value, intent.hints, WEIGHTS.hint[field]);
        const phrase = bestPhrase(value, intent.phrases, WEIGHTS.phrase[field]);
        const [kind, pick] = hint && (!phrase || hint.weight >= phrase.weight) ? (['hint', hint] as const) : (['phrase', phrase] as const);
        return pick && { kind, field, ...pick };
      };
      const [words, alongside] = [text.length <= MAX_TEXT ? best('text', text) : undefined, best('label', label), best('nearby', nearby)]
        .filter((p): p is NonNullable<typeof p> => !!p)
        .sort((a, b) => b.weight - a.weight);
      const fromPath = best('path', path);
      if (words) parts.push(words);
      if (alongside) parts.push({ ...alongside, weight: alongside.weight * WEIGHTS.fieldAlongside });
      if (fromPath) parts.push(words ? { ...fromPath, weight: fromPath.weight * WEIGHTS.pathAlongside } : fromPath);
      if (parts.length) scored.push({ intent, parts, short: words?.field === 'text' && text.length < 30 });
    }
    if (!scored.length) return;

    // Then structure: what the element is and where it sits.
    if (isDisabled(el)) return;
    const place = surroundings(el, compiled.consentContainers);
    if (place.consent) return;
    // A dialog's own buttons ("Cancel", "Annulla", "Close") answer the dialog, never end a contract;
    // nor does such a bare word anywhere else.
    const isGeneric =
      generic.has(text) || (!text && generic.has(label)) || (place.dialog && [...generic].some((g) => text.startsWith(g) && text.length <= g.length + 12));
    if (isGeneric) return;
    // Words that mark controls that are never the user's way out.
    for (const kind of ['logout', 'signup', 'password', 'newsletter'] as const) if (anyPhrase(text, negative[kind]) || anyPhrase(label, negative[kind])) return;
    const appAdvert = APP_STORE.test(href ?? '') || anyPhrase(text, negative.appAdvert) || anyPhrase(label, negative.appAdvert);
    // An article reads like one: a question or a sentence, under a help path or with help words.
    const article = rawText.trim().endsWith('?') || text.length > 30 || negative.help.some((p) => text.startsWith(p + ' '));
    const help = article && (HELP_PATH.test(rawPath) || anyPhrase(text, negative.help));
    const policy = anyPhrase(text, negative.policy) || anyPhrase(label, negative.policy) || anyPhrase(path, negative.policy);

    let checkedPage = false;
    for (const { intent, parts, short } of scored) {
      if (intent.action === 'account' && appAdvert) continue;
      if (short) parts.push({ kind: 'bonus', why: 'short-text', weight: WEIGHTS.shortText });
      const penalty = (why: keyof typeof PENALTIES) => parts.push({ kind: 'penalty', why, weight: PENALTIES[why] });
      if (help) penalty('help');
      if (policy && intent.action !== 'account') penalty('policy');
      if (place.footer) penalty('footer');
      const total = parts.reduce((sum, p) => sum + p.weight, 0);
      if (total <= 0) continue;
      // Layout is the costly check: once per element, only for real candidates.
      if (!checkedPage) {
        if (!visible(el)) return;
        checkedPage = true;
      }
      found[intent.action].push({ element: el, action: intent.action, score: total, parts });
    }
  }

  // An element is one action: the one whose phrase is the more specific ("delete my account" holds
  // "my account": it deletes, it does not lead to the account), else the one it scores best for.
  const bestAction = new Map<Element, Candidate>();
  for (const action of actions)
    for (const c of found[action]) {
      const other = bestAction.get(c.element);
      if (!other || moreSpecific(c, other) || (!moreSpecific(other, c) && other.score < c.score)) bestAction.set(c.element, c);
    }
  for (const action of actions) {
    const candidates = found[action].filter((c) => bestAction.get(c.element) === c);
    // A link and the button inside it are one target: keep the outer one.
    found[action] = candidates
      .filter((c) => !candidates.some((o) => o !== c && o.element.contains(c.element) && o.score >= c.score))
      .sort((a, b) => b.score - a.score);
  }
  return found;
}

export function locate(root: Document | ShadowRoot | Element, action: Action, options: LocateOptions): Candidate[] {
  return locateAll(root, options, [action])[action];
}

/** The phrase lists of every language together. */
export function allLanguages(keywords: Keywords): Phrases {
  return {
    actions: Object.fromEntries(ACTIONS.map((a) => [a, Object.values(keywords.actions[a])])) as Record<Action, string[][]>,
    negative: Object.fromEntries(NEGATIVE_KINDS.map((k) => [k, Object.values(keywords.negative[k]).flat()])) as Record<NegativeKind, string[]>,
    consentContainers: keywords.consentContainers,
  };
}
