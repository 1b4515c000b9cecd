import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import keywords from '@/data/keywords.json';
import { allLanguages, compile, locateAll, type Keywords } from '@/utils/engine/locate';
import { DEBUG_TAG, debugItems, startDebugView, type DebugViewOptions } from '@/utils/in-page/debug-view';
import { OVERLAY_TAG } from '@/utils/in-page/overlay';

// happy-dom has no layout: every element counts as visible.
const phrases = allLanguages(keywords as Keywords);
const options: DebugViewOptions = { compiled: compile({ phrases }), actions: ['account', 'end'], isVisible: () => true };

const PAGE = `
  <nav><a id="area" href="/area-clienti">Area Clienti</a></nav>
  <main>
    <a id="recesso" href="/recesso">Recesso</a>
    <a id="disdetta" href="/disdetta">Disdetta</a>
    <a id="disdici" href="/disdici">Disdici il contratto</a>
    <button id="cessazione">Cessazione della linea</button>
  </main>`;

const boxes = () => [...(document.querySelector(DEBUG_TAG)?.shadowRoot?.querySelectorAll('div') ?? [])];

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('the debug view', () => {
  it('labels the top three candidates of each action with their rank, score and the parts of the score', () => {
    const results = locateAll(document, { phrases, isVisible: () => true }, options.actions);
    expect(results.end.length).toBeGreaterThan(3);
    const items = debugItems(results, options.actions);
    const end = items.filter((i) => i.text.startsWith('end '));
    expect(end.map((i) => i.element)).toEqual(results.end.slice(0, 3).map((c) => c.element));
    expect(end.map((i) => i.text.split(' · ')[0])).toEqual(['end #1', 'end #2', 'end #3']);
    expect(items.find((i) => i.element.id === 'area')?.text).toBe(
      'account #1 · 50 · +40 phrase "area clienti" in text, +5 phrase "area clienti" in path, +5 short-text',
    );
    // Best first: the scores in the labels never rise.
    const scores = end.map((i) => Number(i.text.split(' · ')[1]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('paints a box per candidate in a shadow root of its own, apart from the outlines, text never parsed as HTML', () => {
    const run = new AbortController();
    const hints = { account: [], end: [], renewal: [], delete: [], selectors: { end: ['#cessazione:not([data-x="<b>bold</b>"])'] } };
    const view = startDebugView(document, run.signal, { ...options, compiled: compile({ phrases, hints }), timeoutMs: 0 });
    expect(document.querySelectorAll(DEBUG_TAG)).toHaveLength(1);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    expect(boxes().map((b) => b.textContent)).toEqual(view.items().map((i) => i.text));
    const bySelector = boxes().find((b) => b.textContent!.includes('selector #cessazione'))!;
    expect(bySelector.textContent).toContain('+100 selector #cessazione:not([data-x="<b>bold</b>"])');
    expect(bySelector.querySelector('b')).toBeNull();
    run.abort();
    expect(document.querySelector(DEBUG_TAG)).toBeNull();
  });

  describe('on a page that keeps rendering', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('paints again when the page changes, until its signal ends it', async () => {
      const run = new AbortController();
      const view = startDebugView(document, run.signal, options);
      expect(view.items().some((i) => i.element.id === 'late')).toBe(false);
      document.querySelector('nav')!.insertAdjacentHTML('beforeend', '<a id="late" href="/mio-account">Il mio account</a>');
      await vi.advanceTimersByTimeAsync(300);
      expect(view.items().some((i) => i.element.id === 'late')).toBe(true);
      expect(boxes()).toHaveLength(view.items().length);

      run.abort();
      document.querySelector('#late')!.remove();
      await vi.advanceTimersByTimeAsync(300);
      expect(view.items().some((i) => i.element.id === 'late')).toBe(true);
      expect(document.querySelector(DEBUG_TAG)).toBeNull();
    });
  });
});
