import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Carrier, Country } from '@/data/schema';
import { addDays, deadlines, EARLIEST_DATE, MAX_COMMITMENT_MONTHS, todayIso, type DatedRule, type InputProblem } from '@/utils/engine/deadline';
import { t } from '@/utils/i18n';
import { countryName, formatDate } from '@/utils/i18n/format';
import { clearReminder, loadReminder, remindOn, REMIND_DAYS_BEFORE, requestNotifications, setReminder, type Reminder } from '@/utils/storage/reminders';

/** A date for people, with the ISO date kept for machines. */
const When = ({ date }: { date: string }) => <time dateTime={date}>{formatDate(date)}</time>;

/** Two rule lines that would print the same sentence and the same source. */
const ruleKey = (r: DatedRule) => [r.rule, r.amount ?? '', r.source.kind, r.source.kind === 'user' ? '' : r.source.url].join('|');

/** The rule sentence, then where it comes from: the document's name, not the rule said a second time. */
function RuleLine({ rule }: { rule: DatedRule }) {
  const { source } = rule;
  return (
    <dd class="muted">
      {t(`deadlineRule_${rule.rule.replace(/-/g, '_')}`, rule.amount ?? 0, source.kind === 'country' ? countryName(source.country) : '')}{' '}
      {source.kind === 'user' ? (
        `(${t('deadlineSourceUser')})`
      ) : (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.kind === 'country' ? source.title : t('deadlineSourceCarrier')}
        </a>
      )}
    </dd>
  );
}

function problemText(p: InputProblem): string {
  if (p.field === 'commitment') return t('deadlineProblemMonths', MAX_COMMITMENT_MONTHS);
  if (p.problem === 'too-early') return t('deadlineProblemTooEarly', formatDate(EARLIEST_DATE));
  if (p.problem === 'past') return t('deadlineProblemRenewalPast');
  return p.field === 'start' ? t('deadlineProblemStartTooLate') : t('deadlineProblemRenewalTooLate');
}

/** "3 days before", or, when fewer days are left, the day the reminder will actually come. */
function reminderLabel({ date, day }: { date: string; day: string }): string {
  if (day === addDays(date, -REMIND_DAYS_BEFORE)) return t('reminderToggle', REMIND_DAYS_BEFORE, formatDate(date));
  if (day === date) return t('reminderToggleOnTheDay', formatDate(date));
  return t('reminderToggleSoon', formatDate(day), formatDate(date), REMIND_DAYS_BEFORE);
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
    void loadReminder(carrier.id).then((r) => {
      // A reminder whose date has gone is of no use any more: never show it as if it were to come.
      if (r && r.date < today) return void clearReminder(carrier.id);
      setReminderState(r);
    });
  }, [carrier.id, today]);

  const commitmentMonths = months.trim() === '' ? undefined : Number(months);
  const result = deadlines({ today, carrier, countries: props.countries, start, renewal, commitmentMonths });
  const problems = new Map(!result.ok && 'problems' in result ? result.problems.map((p) => [p.field, problemText(p)]) : []);
  // Travel eSIMs: the day to act is the last day to cancel; contracts: the first day leaving is free.
  const keyDate = result.ok ? (result.cancelBy ?? result.freeEnd).date : undefined;
  // Only a date still ahead gets a reminder, and only on a day still ahead (see remindOn).
  const reminderDay = keyDate ? remindOn(keyDate, today) : undefined;

  const toggle = async (on: boolean) => {
    setDenied(false);
    if (!on) {
      await clearReminder(carrier.id);
      return setReminderState(undefined);
    }
    if (!keyDate || !reminderDay) return;
    // The prompt must start inside the click, before any await. The reminder is stored meanwhile
    // because Firefox may close the popup while its prompt is open; the background checks the
    // permission again before it shows anything.
    const asked = requestNotifications();
    const [granted, set] = await Promise.all([asked, setReminder(carrier, keyDate, today)]);
    if (granted && set) return setReminderState(set);
    await clearReminder(carrier.id);
    setDenied(granted === false);
  };

  /** A field with its message next to it when what was typed cannot be right. */
  const field = (id: string, name: InputProblem['field'], label: string, input: Record<string, unknown>, value: string, set: (v: string) => void) => {
    const problem = problems.get(name);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          {...input}
          value={value}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
        />
        {problem && (
          <p id={`${id}-error`} class="error">
            {problem}
          </p>
        )}
      </div>
    );
  };

  // One line per date: when the earliest end is also free of charge, they are the same line; a rule
  // line already printed above is not printed again.
  const rows: { label: string; date: string; rules: DatedRule[] }[] = [];
  if (result.ok) {
    if (result.cancelBy) rows.push({ label: t('deadlineCancelBy'), date: result.cancelBy.date, rules: [result.cancelBy] });
    if (result.earliestEnd.date === result.freeEnd.date)
      rows.push({ label: t('deadlineEarliestFree'), date: result.freeEnd.date, rules: [result.earliestEnd, result.freeEnd] });
    else
      rows.push(
        { label: t('deadlineEarliest'), date: result.earliestEnd.date, rules: [result.earliestEnd] },
        { label: t('deadlineFree'), date: result.freeEnd.date, rules: [result.freeEnd] },
      );
  }
  const printed = new Set<string>();

  return (
    <div class="deadline-body">
      {travel ? (
        field('deadline-renewal', 'renewal', t('deadlineRenewal'), { type: 'date' }, renewal, setRenewal)
      ) : (
        <>
          {field('deadline-start', 'start', t('deadlineStart'), { type: 'date' }, start, setStart)}
          {field(
            'deadline-months',
            'commitment',
            t('deadlineCommitment'),
            { type: 'number', min: '0', max: String(MAX_COMMITMENT_MONTHS), step: '1', inputMode: 'numeric' },
            months,
            setMonths,
          )}
        </>
      )}
      {!result.ok && 'missing' in result && <p class="muted">{t(`deadlineNeed_${result.missing}`)}</p>}
      {result.ok && result.rolledFrom && (
        <p class="muted" role="note">
          {t('deadlineRolled', formatDate(result.rolledFrom), formatDate(result.earliestEnd.date))}
        </p>
      )}
      {result.ok && (
        <dl class="deadline-result" aria-live="polite">
          {rows.map((row) => (
            <Fragment key={row.label}>
              <dt>
                {row.label} <When date={row.date} />
              </dt>
              {row.rules.map((rule) => {
                const key = ruleKey(rule);
                if (printed.has(key)) return null;
                printed.add(key);
                return <RuleLine key={key} rule={rule} />;
              })}
            </Fragment>
          ))}
          {!travel && <dd class="muted">{result.startsLater ? t('deadlineFromStart') : t('deadlineFromToday')}</dd>}
        </dl>
      )}
      {result.ok && result.missed && (
        <p class="callout" role="note">
          {t('deadlineMissed')}
        </p>
      )}
      {((keyDate && reminderDay) || reminder) && (
        <label class="choice">
          <input type="checkbox" checked={!!reminder} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
          <span>{reminderLabel(reminder ? { date: reminder.date, day: reminder.remindOn } : { date: keyDate!, day: reminderDay! })}</span>
        </label>
      )}
      {reminder && <p class="muted">{t('reminderSet', formatDate(reminder.remindOn))}</p>}
      {denied && <p role="alert">{t('reminderDenied')}</p>}
    </div>
  );
}
