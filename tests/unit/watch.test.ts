import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/utils/in-page/watch';

/** Lets MutationObserver callbacks (microtasks) run, then moves the fake clock. */
async function grow(root: HTMLElement, ms: number) {
  root.append(document.createElement('div'));
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchPage on a page that never stops changing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
  });
  afterEach(() => vi.useRealTimers());

  it('checks at most once per debounce interval, and never again after the time limit', async () => {
    const root = document.querySelector('main')!;
    const check = vi.fn(() => false);
    watchPage(root, check, { signal: new AbortController().signal, debounceMs: 100, timeoutMs: 1000 });
    expect(check).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 40; i++) await grow(root, 25); // 1 s of constant change
    const atLimit = check.mock.calls.length;
    expect(atLimit).toBeGreaterThan(5);
    expect(atLimit).toBeLessThanOrEqual(11);
    for (let i = 0; i < 40; i++) await grow(root, 25);
    expect(check).toHaveBeenCalledTimes(atLimit);
  });

  it('stops as soon as the check is satisfied, or the signal aborts', async () => {
    const root = document.querySelector('main')!;
    let done = false;
    const check = vi.fn(() => done);
    watchPage(root, check, { signal: new AbortController().signal, debounceMs: 100, timeoutMs: 60_000 });
    await grow(root, 150);
    done = true;
    await grow(root, 150);
    const calls = check.mock.calls.length;
    for (let i = 0; i < 10; i++) await grow(root, 150);
    expect(check).toHaveBeenCalledTimes(calls);

    const controller = new AbortController();
    const other = vi.fn(() => false);
    watchPage(root, other, { signal: controller.signal, debounceMs: 100, timeoutMs: 60_000 });
    controller.abort();
    for (let i = 0; i < 10; i++) await grow(root, 150);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('does not start at all when the first check is satisfied or the signal is already aborted', async () => {
    const root = document.querySelector('main')!;
    const satisfied = vi.fn(() => true);
    watchPage(root, satisfied, { signal: new AbortController().signal });
    const aborted = new AbortController();
    aborted.abort();
    const never = vi.fn(() => false);
    watchPage(root, never, { signal: aborted.signal });
    for (let i = 0; i < 5; i++) await grow(root, 300);
    expect(satisfied).toHaveBeenCalledTimes(1);
    expect(never).not.toHaveBeenCalled();
  });

  it('checks again when a page that was still loading has loaded, without waiting for the debounce', async () => {
    const root = document.querySelector('main')!;
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    let rendered = false;
    const check = vi.fn(() => rendered);
    watchPage(root, check, { signal: new AbortController().signal, debounceMs: 10_000, timeoutMs: 60_000 });
    state.mockReturnValue('complete');
    rendered = true;
    window.dispatchEvent(new Event('load'));
    expect(check).toHaveBeenCalledTimes(2);
    // Satisfied at load: later changes and loads check nothing.
    window.dispatchEvent(new Event('load'));
    for (let i = 0; i < 3; i++) await grow(root, 20_000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('does not wait for a load that already happened', async () => {
    const root = document.querySelector('main')!;
    const check = vi.fn(() => false);
    watchPage(root, check, { signal: new AbortController().signal, debounceMs: 10_000, timeoutMs: 60_000 });
    window.dispatchEvent(new Event('load'));
    expect(check).toHaveBeenCalledTimes(1);
  });
});
