import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_ITEMS, checklistKey, loadTicks, saveTicks, type ChecklistItem } from '@/utils/storage/checklist';

/** What the popup does: the ticks it loaded, with one changed, saved. */
async function setTick(carrierId: string, item: ChecklistItem, ticked: boolean) {
  await saveTicks(carrierId, { ...(await loadTicks(carrierId)), [item]: ticked });
}

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

  it('writes at once, without reading first: a popup closed right after a click keeps the tick', () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    void saveTicks('tim', { ...nothing, lastBill: true });
    // Called synchronously: nothing is left to run after the popup's page is gone.
    expect(set).toHaveBeenCalledWith({ 'checklist:tim': { ...nothing, lastBill: true } });
    expect(get).not.toHaveBeenCalled();
  });
});
