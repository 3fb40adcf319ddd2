import { useId } from 'react';
import { Link } from 'wouter';
import type { DueMeasure, MeasuresSummary } from '../../../contract/measures.ts';
import { isMeasuredByAssessment } from '../../../core/outcomes/instruments.ts';
import { describeDay } from '../../format.ts';
import { aboutMinutes, dueSentence, fullName, joinNames, plainName } from '../measures/names.ts';
import { SkipButton } from './SkipButton.tsx';
import { SnoozeButtons } from './SnoozeButtons.tsx';

interface MeasuresDueCardProps {
  summary: MeasuresSummary;
  today: string;
  onChanged(): void;
}

/** Put off until the earliest of them comes back: "Put off until tomorrow: back pain rating." */
function SnoozedLine({ summary, today }: { summary: MeasuresSummary; today: string }) {
  if (summary.snoozed.length === 0) return null;
  const until = summary.snoozed.map((measure) => measure.until).sort()[0] ?? today;
  return (
    <p className="measures-due__snoozed">
      {`Put off until ${describeDay(until, today)}: ${joinNames(summary.snoozed.map((measure) => measure.instrumentId))}. `}
      <Link href="/measures">Take {summary.snoozed.length === 1 ? 'it' : 'them'} now</Link>
    </p>
  );
}

/** The first week's next check-up, once today's is done: so a member knows what tomorrow holds. */
function NextInFirstWeek({ summary, today }: { summary: MeasuresSummary; today: string }) {
  const next = summary.firstWeekNext[0];
  if (!next) return null;
  return (
    <p className="measures-due__next">
      {`Next check-up: ${plainName(next.instrumentId)}, ${describeDay(next.on, today)}, ${aboutMinutes([next.instrumentId])}.`}
    </p>
  );
}

interface FirstWeekProps {
  checkUp: DueMeasure;
  summary: MeasuresSummary;
  today: string;
  onChanged(): void;
}

/** Today's one first-week check-up: its plain name, how long, the full name in the details, skip once. */
function FirstWeekCheckUp({ checkUp, summary, today, onChanged }: FirstWeekProps) {
  const headingId = useId();
  const id = checkUp.instrumentId;
  const isAssessedBaseline = ![...summary.due, ...summary.snoozed].some((measure) =>
    isMeasuredByAssessment(measure.instrumentId),
  );
  return (
    <section className="card measures-due" aria-labelledby={headingId}>
      <h2 id={headingId}>Today’s check-up</h2>
      <p className="measures-due__what">
        <strong>{plainName(id)}</strong>, {aboutMinutes([id])}.
      </p>
      <p className="measures-due__why">
        This first week, one short check-up a day sets your starting point, so you can see how your back
        changes.
      </p>
      <details className="measures-due__details">
        <summary>About this check-up</summary>
        <p>{`Its full name is the ${fullName(id)}, a standard questionnaire scored as published.`}</p>
        {isAssessedBaseline && (
          <p>
            Your pain and chair stands from the assessment already count as your first results of those two.
          </p>
        )}
      </details>
      <Link
        href={`/measures/${id}`}
        className="button button--primary"
        aria-label={`Start: ${plainName(id)}`}
      >
        Start
      </Link>
      {checkUp.canSkip ? (
        <SkipButton
          instrumentId={id}
          today={today}
          waitingAfter={summary.firstWeekNext.length}
          onSkipped={onChanged}
        />
      ) : (
        <p className="measures-due__why measures-due__held">
          You moved this one once already, so it waits here until you are ready.
        </p>
      )}
    </section>
  );
}

/**
 * The check-ups due today, on Today: in the first week the day's one, with a skip; otherwise what, how
 * long, start or put off. Put-off ones stay listed; once the day's first-week check-up is done, the next
 * one's day is shown.
 */
export function MeasuresDueCard({ summary, today, onChanged }: MeasuresDueCardProps) {
  const headingId = useId();
  const firstWeek = summary.due.find((measure) => measure.kind === 'first-week');
  const due = summary.due
    .filter((measure) => measure.kind === 'regular')
    .map((measure) => measure.instrumentId);
  const first = due[0];
  const regular = first ? (
    <section className="card measures-due" aria-labelledby={headingId}>
      <h2 id={headingId}>Your check-ups</h2>
      <p>{dueSentence(due)}</p>
      <p className="measures-due__why">They show how your back is changing, the same way each time.</p>
      <Link href={`/measures/${first}`} className="button button--primary" aria-label="Start the check-ups">
        Start
      </Link>
      <SnoozeButtons instrumentIds={due} today={today} onSnoozed={onChanged} />
      <SnoozedLine summary={summary} today={today} />
    </section>
  ) : null;
  if (firstWeek) {
    return (
      <>
        <FirstWeekCheckUp checkUp={firstWeek} summary={summary} today={today} onChanged={onChanged} />
        {regular}
      </>
    );
  }
  if (regular) return regular;
  const hasNext = summary.firstWeekNext.length > 0;
  return summary.snoozed.length > 0 || hasNext ? (
    <div className="callout reminder">
      <NextInFirstWeek summary={summary} today={today} />
      <SnoozedLine summary={summary} today={today} />
    </div>
  ) : null;
}
