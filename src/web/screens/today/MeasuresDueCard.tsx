import { useId } from 'react';
import { Link } from 'wouter';
import type { MeasuresSummary } from '../../../contract/measures.ts';
import { describeDay } from '../../format.ts';
import { dueSentence, joinNames } from '../measures/names.ts';
import { SnoozeButtons } from './SnoozeButtons.tsx';

interface MeasuresDueCardProps {
  summary: MeasuresSummary;
  today: string;
  onChanged(): void;
}

/** Put off until the earliest of them comes back: "Put off until tomorrow: pain." */
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

/** The check-ups due today, on Today: what, how long, start or put off. Put-off ones stay listed. */
export function MeasuresDueCard({ summary, today, onChanged }: MeasuresDueCardProps) {
  const headingId = useId();
  const due = summary.due.map((measure) => measure.instrumentId);
  const first = due[0];
  if (!first) {
    return summary.snoozed.length > 0 ? (
      <div className="callout reminder">
        <SnoozedLine summary={summary} today={today} />
      </div>
    ) : null;
  }
  return (
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
  );
}
