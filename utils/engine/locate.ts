/**
 * DOM + intent → ranked candidates for "the account link" and "the cancel action". Generic engine:
 * carriers only contribute data (hints); multilingual phrases come from data/keywords.json.
 */
import type { Target } from './actions';
import { containsPhrase, fold } from './text';

/** Phrase lists per language, strongest first within each list. */
export interface Phrases {
  account: string[][];
  cancel: string[][];
  decoy: string[][];
}

export interface CarrierHints {
  account: string[];
  cancel: string[];
  accountSelectors?: string[];
  cancelSelectors?: string[];
}

export interface LocateOptions {
  phrases: Phrases;
  hints?: CarrierHints;
  /** Defaults to a layout-based check; tests without layout pass their own. */
  isVisible?: (el: Element) => boolean;
  /** Stop after looking at this many elements (pages that grow without end). */
  maxElements?: number;
}

export interface Candidate {
  element: Element;
  score: number;
  reason: string;
}

const CLICKABLE = 'a[href],button,[role="button"],[role="link"],[role="menuitem"],[role="tab"],input[type="button"],input[type="submit"],summary';
/** Containers whose buttons belong to the page's chrome, never to the user's contract. */
const CHROME_CONTAINER = /cookie|consent|gdpr|cmp|onetrust|didomi|iubenda|privacy-banner/i;
const MAX_TEXT = 80;

export function isVisibleByLayout(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The root and every open shadow root and same-origin iframe document below it. */
export function* searchRoots(root: Document | ShadowRoot | Element): Generator<Document | ShadowRoot | Element> {
  const stack = [root];
  while (stack.length) {
    const current = stack.pop()!;
    yield current;
    const all = current.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      if (el.shadowRoot) stack.push(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          const doc = (el as HTMLIFrameElement).contentDocument;
          if (doc?.documentElement) stack.push(doc);
        } catch {
          // Cross-origin frame: not ours to read.
        }
      }
    }
  }
}

function ownText(el: Element): string {
  // nodeName, not instanceof: elements inside an iframe belong to the frame's own window.
  return el.nodeName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

function linkPath(href: string | null): string {
  if (!href || href.startsWith('javascript:') || href.startsWith('#')) return '';
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

function insideChrome(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (CHROME_CONTAINER.test(node.id) || CHROME_CONTAINER.test(typeof node.className === 'string' ? node.className : '')) return true;
    if (node.getAttribute('aria-label') && CHROME_CONTAINER.test(node.getAttribute('aria-label')!)) return true;
  }
  return false;
}

function matchesSelector(el: Element, selectors: string[] | undefined): boolean {
  return !!selectors?.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/** Score of the best phrase found in a field; earlier phrases in a list are stronger. */
function phraseScore(field: string, lists: string[][], weight: number): number {
  let best = 0;
  if (!field) return best;
  for (const phrases of lists)
    for (let i = 0; i < phrases.length && weight - i > best; i++) if (containsPhrase(field, phrases[i])) best = weight - Math.min(i, 10);
  return best;
}

/** One target's phrases, folded once per search. */
interface Intent {
  target: Target;
  hints: string[][];
  phrases: string[][];
  selectors?: string[];
}

function compileIntent(target: Target, options: LocateOptions): Intent {
  const hints = [(target === 'account' ? options.hints?.account : options.hints?.cancel)?.map(fold).filter(Boolean) ?? []];
  const phrases = (target === 'account' ? options.phrases.account : options.phrases.cancel).map((list) => list.map(fold));
  return { target, hints, phrases, selectors: target === 'account' ? options.hints?.accountSelectors : options.hints?.cancelSelectors };
}

/**
 * A quick "which intents could match this element?" test, as a bit mask over the intents. A Latin
 * phrase only matches at a word start (containsPhrase), so the text must hold its first word as a
 * whole word: one regex of first words per intent. Other phrases (Chinese) are searched as
 * substrings, and only in non-ASCII text.
 */
function prefilter(intents: Intent[]): (fields: string[]) => number {
  const tests = intents.map((intent) => {
    const firstWords = new Set<string>();
    const others: string[] = [];
    for (const phrase of [...intent.hints, ...intent.phrases].flat()) {
      const first = /^[a-z0-9]+/.exec(phrase);
      if (first) firstWords.add(first[0]);
      else if (phrase) others.push(phrase);
    }
    // The browser's regex engine checks every first word in one native pass over the text.
    const words = new RegExp(`(?:^|[^a-z0-9])(?:${[...firstWords].join('|')})(?![a-z0-9])`);
    return { words, others };
  });
  return (fields) => {
    const joined = fields.join(' ').toLowerCase();
    const ascii = /^[\x00-\x7f]*$/.test(joined);
    const text = ascii ? joined : fold(joined);
    let mask = 0;
    tests.forEach(({ words, others }, i) => {
      if (words.test(text) || (!ascii && others.some((p) => text.includes(p)))) mask |= 1 << i;
    });
    return mask;
  };
}

/**
 * Finds candidates for every target in one pass over the page (the content script always wants
 * both), best first.
 */
export function locateAll(
  root: Document | ShadowRoot | Element,
  options: LocateOptions,
  targets: Target[] = ['account', 'cancel'],
): Record<Target, Candidate[]> {
  const visible = options.isVisible ?? isVisibleByLayout;
  const intents = targets.map((t) => compileIntent(t, options));
  const candidateIntents = prefilter(intents);
  const decoys = new Set(options.phrases.decoy.flat().map(fold));
  const maxElements = options.maxElements ?? 200_000;
  const found: Record<Target, Candidate[]> = { account: [], cancel: [] };

  let examined = 0;
  for (const searchRoot of searchRoots(root)) {
    const clickable = searchRoot.querySelectorAll(CLICKABLE);
    for (let i = 0; i < clickable.length && examined < maxElements; i++, examined++) score(clickable[i]);
  }

  function score(el: Element) {
    const rawText = ownText(el);
    const aria = el.getAttribute('aria-label');
    const title = el.getAttribute('title');
    const alts = imageAlts(el);
    const rawLabel = aria || title || alts ? [aria, title, alts].filter(Boolean).join(' ') : '';
    const rawPath = linkPath(el.getAttribute('href'));
    const fields = [rawText, rawLabel, rawPath];
    const mask = candidateIntents(fields);
    const possible = intents.filter((intent, i) => mask & (1 << i) || matchesSelector(el, intent.selectors));
    if (!possible.length) return;

    const text = fold(rawText);
    const label = fold(rawLabel);
    if (decoys.has(text) || (!text && decoys.has(label))) return;
    const path = fold(rawPath);
    let checkedPage = false;
    for (const intent of possible) {
      const bySelector = matchesSelector(el, intent.selectors) ? 100 : 0;
      const fromText = text.length <= MAX_TEXT ? Math.max(phraseScore(text, intent.hints, 60), phraseScore(text, intent.phrases, 40)) : 0;
      const fromLabel = Math.max(phraseScore(label, intent.hints, 55), phraseScore(label, intent.phrases, 35));
      const fromPath = Math.max(phraseScore(path, intent.hints, 30), phraseScore(path, intent.phrases, 20));
      const total = bySelector + Math.max(fromText, fromLabel) + (fromText || fromLabel ? fromPath / 4 : fromPath);
      if (total <= 0) continue;
      // Layout and ancestry are the costly checks: once per element, only for real candidates.
      if (!checkedPage) {
        if (insideChrome(el) || !visible(el)) return;
        checkedPage = true;
      }
      const reason = bySelector ? 'carrier selector' : fromText ? `text "${text}"` : fromLabel ? `label "${label}"` : `link path "${path}"`;
      // Exact, short labels beat long sentences that merely mention the phrase.
      found[intent.target].push({ element: el, score: total + (text.length < 30 ? 5 : 0), reason });
    }
  }

  for (const target of targets) {
    const candidates = found[target];
    // A link and the button inside it are one target: keep the outer one.
    found[target] = candidates
      .filter((c) => !candidates.some((o) => o !== c && o.element.contains(c.element) && o.score >= c.score))
      .sort((a, b) => b.score - a.score);
  }
  return found;
}

export function locate(root: Document | ShadowRoot | Element, target: Target, options: LocateOptions): Candidate[] {
  return locateAll(root, options, [target])[target];
}

/** The phrase lists of every language together: pages mix languages (English nav on an Italian site). */
export function allLanguages(keywords: { account: Record<string, string[]>; cancel: Record<string, string[]>; decoy: Record<string, string[]> }): Phrases {
  return {
    account: Object.values(keywords.account),
    cancel: Object.values(keywords.cancel),
    decoy: Object.values(keywords.decoy),
  };
}
