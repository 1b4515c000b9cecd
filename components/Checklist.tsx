import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { checklistFor, loadTicks, parseTicks, saveTicks, type ChecklistItem, type Ticks } from '@/utils/storage/checklist';
import { t } from '@/utils/i18n';

const label = (item: ChecklistItem) => t(`checklist${item[0].toUpperCase()}${item.slice(1)}`);

/** What is left after cancelling, for this kind of plan and country, ticked per carrier and kept between popups. */
export function Checklist({ carrier, countries }: { carrier: Carrier; countries: Country[] }) {
  const carrierId = carrier.id;
  const [ticks, setTicks] = useState<Ticks>(parseTicks(undefined));
  // Until the stored ticks are in, a click would be overwritten by them: the boxes wait.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setLoaded(false);
    void loadTicks(carrierId).then((stored) => {
      setTicks(stored);
      setLoaded(true);
    });
  }, [carrierId]);
  return (
    <fieldset class="checklist-items">
      {/* The section's summary already shows the title; the legend names the group for screen readers. */}
      <legend class="visually-hidden">{t('checklistTitle')}</legend>
      {checklistFor(carrier, countries).map((item) => (
        <label key={item} class="choice">
          <input
            type="checkbox"
            name={item}
            checked={ticks[item]}
            disabled={!loaded}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              const next = { ...ticks, [item]: on };
              setTicks(next);
              void saveTicks(carrierId, next);
            }}
          />
          <span>{label(item)}</span>
        </label>
      ))}
    </fieldset>
  );
}
