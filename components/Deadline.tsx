import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { deadlines, todayIso, type DatedRule } from '@/utils/engine/deadline';
import { pick, t } from '@/utils/i18n';
import { countryName } from '@/utils/i18n/format';
import { clearReminder, loadReminder, REMIND_DAYS_BEFORE, requestNotifications, setReminder, type Reminder } from '@/utils/storage/reminders';

function RuleLine({ rule }: { rule: DatedRule }) {
  const { source } = rule;
  return (
    <dd class="muted">
      {t(`deadlineRule_${rule.rule.replace(/-/g, '_')}`, rule.amount ?? 0, source.kind === 'country' ? countryName(source.country) : '')}{' '}
      {source.kind === 'user' ? (
        `(${t('deadlineSourceUser')})`
      ) : (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.kind === 'country' ? pick(source.title) : t('deadlineSourceCarrier')}
        </a>
      )}
    </dd>
  );
}

/** The date calculator and, for its key date, the optional reminder. */
export function Deadline(props: { carrier: Carrier; countries: Country[]; today?: string }) {
  const { carrier } = props;
  const today = props.today ?? todayIso();
  const travel = carrier.kind === 'travel-esim';
  const [start, setStart] = useState('');
  const [months, setMonths] = useState('');
  const [renewal, setRenewal] = useState('');
  const [reminder, setReminderState] = useState<Reminder>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void loadReminder(carrier.id).then(setReminderState);
  }, [carrier.id]);

  const result = deadlines({ today, carrier, countries: props.countries, start, renewal, commitmentMonths: months ? Number(months) : undefined });
  // Travel eSIMs: the day to act is the last day to cancel; contracts: the first day leaving is free.
  const keyDate = result.ok ? (result.cancelBy ?? result.freeEnd).date : undefined;

  const toggle = async (on: boolean) => {
    setDenied(false);
    if (!on) {
      await clearReminder(carrier.id);
      return setReminderState(undefined);
    }
    if (!keyDate) return;
    // The prompt must start inside the click, before any await. The reminder is stored meanwhile
    // because Firefox may close the popup while its prompt is open; the background checks the
    // permission again before it shows anything.
    const asked = requestNotifications();
    const [granted, set] = await Promise.all([asked, setReminder(carrier, keyDate, today)]);
    if (granted) return setReminderState(set);
    await clearReminder(carrier.id);
    setDenied(true);
  };

  const dateInput = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="date" value={value} onInput={(e) => set((e.currentTarget as HTMLInputElement).value)} />
    </div>
  );

  return (
    <div class="deadline-body">
      {travel ? (
        dateInput('deadline-renewal', t('deadlineRenewal'), renewal, setRenewal)
      ) : (
        <>
          {dateInput('deadline-start', t('deadlineStart'), start, setStart)}
          <div class="field">
            <label for="deadline-months">{t('deadlineCommitment')}</label>
            <input
              id="deadline-months"
              type="number"
              min="0"
              max="48"
              inputMode="numeric"
              value={months}
              onInput={(e) => setMonths((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </>
      )}
      {!result.ok && <p class="muted">{t(`deadlineNeed_${result.missing}`)}</p>}
      {result.ok && (
        <dl class="deadline-result" aria-live="polite">
          {result.cancelBy && (
            <>
              <dt>
                {t('deadlineCancelBy')} <time dateTime={result.cancelBy.date}>{result.cancelBy.date}</time>
              </dt>
              <RuleLine rule={result.cancelBy} />
            </>
          )}
          <dt>
            {t('deadlineEarliest')} <time dateTime={result.earliestEnd.date}>{result.earliestEnd.date}</time>
          </dt>
          <RuleLine rule={result.earliestEnd} />
          <dt>
            {t('deadlineFree')} <time dateTime={result.freeEnd.date}>{result.freeEnd.date}</time>
          </dt>
          <RuleLine rule={result.freeEnd} />
          {!travel && <dd class="muted">{t('deadlineFromToday')}</dd>}
        </dl>
      )}
      {result.ok && result.missed && (
        <p class="callout" role="note">
          {t('deadlineMissed')}
        </p>
      )}
      {(keyDate || reminder) && (
        <label class="choice">
          <input type="checkbox" checked={!!reminder} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('reminderToggle', REMIND_DAYS_BEFORE, reminder?.date ?? keyDate ?? '')}</span>
        </label>
      )}
      {reminder && <p class="muted">{t('reminderSet', reminder.remindOn)}</p>}
      {denied && <p role="alert">{t('reminderDenied')}</p>}
    </div>
  );
}
