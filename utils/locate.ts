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

/** Every element under root, entering open shadow roots and same-origin iframes. */
export function* walk(root: Document | ShadowRoot | Element, limit = Infinity): Generator<Element> {
  const stack: (Document | ShadowRoot | Element)[] = [root];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    // nodeType, not instanceof: elements inside an iframe belong to the frame's own window.
    if ((node as Node).nodeType !== 1) continue;
    const el = node as Element;
    if (++seen > limit) return;
    yield el;
    if (el.shadowRoot) stack.push(el.shadowRoot);
    if (el.tagName === 'IFRAME') {
      try {
        const doc = (el as HTMLIFrameElement).contentDocument;
        if (doc?.documentElement) stack.push(doc.documentElement);
      } catch {
        // Cross-origin frame: not ours to read.
      }
    }
  }
}

function ownText(el: Element): string {
  let text = el.textContent ?? '';
  if (el instanceof HTMLInputElement) text = el.value;
  return text;
}

function describe(el: Element): { text: string; label: string; path: string } {
  const imgAlt = [...el.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).join(' ');
  const label = [el.getAttribute('aria-label'), el.getAttribute('title'), imgAlt].filter(Boolean).join(' ');
  let path = '';
  const href = el.getAttribute('href');
  if (href && !href.startsWith('javascript:')) {
    try {
      path = decodeURIComponent(new URL(href, 'https://x.invalid/').pathname);
    } catch {
      path = href;
    }
  }
  return { text: fold(ownText(el)), label: fold(label), path: fold(path.replace(/\.[a-z]+$/i, '')) };
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

export function locate(root: Document | ShadowRoot | Element, intent: Target, options: LocateOptions): Candidate[] {
  const visible = options.isVisible ?? isVisibleByLayout;
  const hintPhrases = [(intent === 'account' ? options.hints?.account : options.hints?.cancel)?.map(fold) ?? []];
  const hintSelectors = intent === 'account' ? options.hints?.accountSelectors : options.hints?.cancelSelectors;
  const phrases = (intent === 'account' ? options.phrases.account : options.phrases.cancel).map((list) => list.map(fold));
  const decoys = new Set(options.phrases.decoy.flat().map(fold));

  const candidates: Candidate[] = [];
  for (const el of walk(root, options.maxElements ?? 200_000)) {
    if (!el.matches(CLICKABLE)) continue;
    const { text, label, path } = describe(el);
    if (decoys.has(text) || (!text && decoys.has(label))) continue;
    const bySelector = matchesSelector(el, hintSelectors) ? 100 : 0;
    const fromText = text.length <= MAX_TEXT ? Math.max(phraseScore(text, hintPhrases, 60), phraseScore(text, phrases, 40)) : 0;
    const fromLabel = Math.max(phraseScore(label, hintPhrases, 55), phraseScore(label, phrases, 35));
    const fromPath = Math.max(phraseScore(path, hintPhrases, 30), phraseScore(path, phrases, 20));
    const score = bySelector + Math.max(fromText, fromLabel) + (fromText || fromLabel ? fromPath / 4 : fromPath);
    if (score <= 0) continue;
    if (insideChrome(el) || !visible(el)) continue;
    const reason = bySelector ? 'carrier selector' : fromText ? `text "${text}"` : fromLabel ? `label "${label}"` : `link path "${path}"`;
    // Exact, short labels beat long sentences that merely mention the phrase.
    candidates.push({ element: el, score: score + (text.length < 30 ? 5 : 0), reason });
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
