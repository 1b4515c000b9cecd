import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_ITEMS, checklistKey, loadTicks, setTick } from '@/utils/storage/checklist';

const nothing = { renewalOff: false, lastBill: false, confirmation: false, creditRefund: false, portOut: false, removeEsim: false };

describe('checklist', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with nothing ticked', async () => {
    expect(Object.values(await loadTicks('tim'))).toEqual(CHECKLIST_ITEMS.map(() => false));
  });

  it('keeps ticks per carrier under checklist:<id>', async () => {
    await setTick('tim', 'lastBill', true);
    await setTick('proximus', 'removeEsim', true);
    expect(await loadTicks('tim')).toEqual({ ...nothing, lastBill: true });
    expect(await loadTicks('proximus')).toMatchObject({ lastBill: false, removeEsim: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'checklist:tim': { ...nothing, lastBill: true },
      'checklist:proximus': { ...nothing, removeEsim: true },
    });
    await setTick('tim', 'lastBill', false);
    expect((await loadTicks('tim')).lastBill).toBe(false);
  });

  it.each([['not an object'], [42], [null], [['lastBill']], [{ lastBill: 'yes', portOut: 1 }]])(
    'reads a corrupt value (%j) as nothing ticked and leaves other keys alone',
    async (corrupt) => {
      await fakeBrowser.storage.local.set({ [checklistKey('tim')]: corrupt, settings: { autoHighlight: false }, 'checklist:iliad-it': { portOut: true } });
      expect(Object.values(await loadTicks('tim')).some(Boolean)).toBe(false);
      await setTick('tim', 'confirmation', true);
      const stored = await fakeBrowser.storage.local.get(null);
      expect(stored.settings).toEqual({ autoHighlight: false });
      expect(stored['checklist:iliad-it']).toEqual({ portOut: true });
      expect(stored['checklist:tim']).toEqual({ ...nothing, confirmation: true });
    },
  );
});
