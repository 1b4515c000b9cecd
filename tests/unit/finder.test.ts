import { describe, expect, it } from 'vitest';
import { replacePreviousRun } from '@/utils/in-page/page-helper';

describe('the on-demand finder run again', () => {
  it('ends the previous run (its overlay and listener go with its signal) so three clicks leave one', () => {
    const scope = {};
    const first = replacePreviousRun(scope);
    const second = replacePreviousRun(scope);
    const third = replacePreviousRun(scope);
    expect([first.aborted, second.aborted, third.aborted]).toEqual([true, true, false]);
  });

  it('keeps runs in different pages apart', () => {
    const a = replacePreviousRun({});
    replacePreviousRun({});
    expect(a.aborted).toBe(false);
  });
});
