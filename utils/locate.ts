/**
 * DOM + intent → ranked candidates for "the account link" and "the cancel action". Generic engine:
 * carriers only contribute data (hints); multilingual phrases come from data/keywords.json.
 */
import type { Target } from './messages';
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
  // String work instead of new URL(): this runs for every link on the page.
  const path = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '').replace(/\.[a-z]+$/i, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function describe(el: Element): { text: string; label: string; path: string } {
  const parts = [el.getAttribute('aria-label'), el.getAttribute('title')];
  const images = el.getElementsByTagName('img');
  for (let i = 0; i < images.length; i++) parts.push(images[i].getAttribute('alt'));
  return { text: fold(ownText(el)), label: fold(parts.filter(Boolean).join(' ')), path: fold(linkPath(el.getAttribute('href'))) };
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
    for (let i = 0; i < phrases.length && weight - i > best; i++)
      if (containsPhrase(field, phrases[i])) best = weight - Math.min(i, 10);
  return best;
}

/**
 * A quick "could any phrase be in this text?" test. A Latin phrase only matches at a word start
 * (containsPhrase), so its first word must be one of the text's words: a Set lookup per word instead
 * of a search for every phrase. Other phrases (Chinese) are searched as substrings.
 */
function prefilter(lists: string[][]): (field: string) => boolean {
  const firstWords = new Set<string>();
  const others: string[] = [];
  for (const phrase of lists.flat()) {
    const first = /^[a-z0-9]+/.exec(phrase);
    if (first) firstWords.add(first[0]);
    else if (phrase) others.push(phrase);
  }
  return (field) => {
    if (!field) return false;
    for (const word of field.split(/[^a-z0-9]+/)) if (word && firstWords.has(word)) return true;
    for (const phrase of others) if (field.includes(phrase)) return true;
    return false;
  };
}

export function locate(root: Document | ShadowRoot | Element, intent: Target, options: LocateOptions): Candidate[] {
  const visible = options.isVisible ?? isVisibleByLayout;
  const hintPhrases = [(intent === 'account' ? options.hints?.account : options.hints?.cancel)?.map(fold).filter(Boolean) ?? []];
  const hintSelectors = intent === 'account' ? options.hints?.accountSelectors : options.hints?.cancelSelectors;
  const phrases = (intent === 'account' ? options.phrases.account : options.phrases.cancel).map((list) => list.map(fold));
  const decoys = new Set(options.phrases.decoy.flat().map(fold));
  // Most elements match no phrase at all and stop at this cheap test.
  const mayMatch = prefilter([...hintPhrases, ...phrases]);
  const maxElements = options.maxElements ?? 200_000;

  const candidates: Candidate[] = [];
  let examined = 0;
  for (const searchRoot of searchRoots(root)) {
    const clickable = searchRoot.querySelectorAll(CLICKABLE);
    for (let i = 0; i < clickable.length && examined < maxElements; i++, examined++) {
      const candidate = scoreElement(clickable[i]);
      if (candidate) candidates.push(candidate);
    }
  }

  function scoreElement(el: Element): Candidate | undefined {
    const { text, label, path } = describe(el);
    const quick = bySelectorHint(el) || mayMatch(text) || mayMatch(label) || mayMatch(path);
    if (!quick) return undefined;
    if (decoys.has(text) || (!text && decoys.has(label))) return undefined;
    const bySelector = bySelectorHint(el) ? 100 : 0;
    const fromText = text.length <= MAX_TEXT ? Math.max(phraseScore(text, hintPhrases, 60), phraseScore(text, phrases, 40)) : 0;
    const fromLabel = Math.max(phraseScore(label, hintPhrases, 55), phraseScore(label, phrases, 35));
    const fromPath = Math.max(phraseScore(path, hintPhrases, 30), phraseScore(path, phrases, 20));
    const score = bySelector + Math.max(fromText, fromLabel) + (fromText || fromLabel ? fromPath / 4 : fromPath);
    if (score <= 0) return undefined;
    if (insideChrome(el) || !visible(el)) return undefined;
    const reason = bySelector ? 'carrier selector' : fromText ? `text "${text}"` : fromLabel ? `label "${label}"` : `link path "${path}"`;
    // Exact, short labels beat long sentences that merely mention the phrase.
    return { element: el, score: score + (text.length < 30 ? 5 : 0), reason };
  }

  function bySelectorHint(el: Element): boolean {
    return matchesSelector(el, hintSelectors);
  }

  // A link and the button inside it are one target: keep the outer one.
  const kept = candidates.filter((c) => !candidates.some((o) => o !== c && o.element.contains(c.element) && o.score >= c.score));
  return kept.sort((a, b) => b.score - a.score);
}

/** The phrase lists of every language together: pages mix languages (English nav on an Italian site). */
export function allLanguages(keywords: { account: Record<string, string[]>; cancel: Record<string, string[]>; decoy: Record<string, string[]> }): Phrases {
  return {
    account: Object.values(keywords.account),
    cancel: Object.values(keywords.cancel),
    decoy: Object.values(keywords.decoy),
  };
}
