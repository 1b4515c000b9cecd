import { describe, expect, it } from 'vitest';
import { replacePreviousRun } from '@/utils/in-page/page-helper';

describe('the on-demand finder run again', () => {
  it('ends the previous run (its overlay and listener go with its signal) so three clicks leave one', () => {
    const scope = {};
    const first = replacePreviousRun('finder', scope);
    const second = replacePreviousRun('finder', scope);
    const third = replacePreviousRun('finder', scope);
    expect([first.aborted, second.aborted, third.aborted]).toEqual([true, true, false]);
  });

  it('keeps runs in different pages apart', () => {
    const a = replacePreviousRun('finder', {});
    replacePreviousRun('finder', {});
    expect(a.aborted).toBe(false);
  });

  it('keeps the finder and the debug view, injected into the same page, apart', () => {
    const scope = {};
    const finder = replacePreviousRun('finder', scope);
    const debugView = replacePreviousRun('debug-view', scope);
    expect([finder.aborted, debugView.aborted]).toEqual([false, false]);
    replacePreviousRun('debug-view', scope);
    expect([finder.aborted, debugView.aborted]).toEqual([false, true]);
  });
});
