import { Link, Redirect } from 'wouter';
import type { InstrumentProgress, MeasuresSummary } from '../../../contract/measures.ts';
import { measures } from '../../api/measures.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { describeDay, formatShortDay, localDay } from '../../format.ts';
import { useMemberScope } from '../../member-scope.tsx';
import { needsOnboarding } from '../TodayScreen.tsx';
import { SkipButton } from '../today/SkipButton.tsx';
import { SnoozeButtons } from '../today/SnoozeButtons.tsx';
import { aboutMinutes, aboutText, capitalised, fullName, plainName } from './names.ts';
import { latestWords } from './score-words.ts';
import './measures.css';

type Status =
  | { kind: 'due'; isFirstWeek: boolean; canSkip: boolean }
  | { kind: 'coming'; on: string }
  | { kind: 'snoozed'; until: string }
  | { kind: 'done' };

function statusOf(summary: MeasuresSummary, progress: InstrumentProgress): Status {
  const id = progress.instrumentId;
  const due = summary.due.find((measure) => measure.instrumentId === id);
  if (due) return { kind: 'due', isFirstWeek: due.kind === 'first-week', canSkip: due.canSkip };
  const coming = summary.firstWeekNext.find((next) => next.instrumentId === id);
  if (coming) return { kind: 'coming', on: coming.on };
  const snoozed = summary.snoozed.find((measure) => measure.instrumentId === id);
  return snoozed ? { kind: 'snoozed', until: snoozed.until } : { kind: 'done' };
}

const ORDER: Record<Status['kind'], number> = { due: 0, coming: 1, snoozed: 2, done: 3 };

interface RowProps {
  summary: MeasuresSummary;
  progress: InstrumentProgress;
  status: Status;
  today: string;
  onChanged(): void;
  /** The member's own check-ups: take one, put one off, open a result. Their coach only reads. */
  isOwn: boolean;
}

function CheckUpRow({ summary, progress, status, today, onChanged, isOwn }: RowProps) {
  const id = progress.instrumentId;
  const name = plainName(id);
  const last = latestWords(progress, id === 'start-back' ? summary.startBack?.risk : undefined);
  return (
    <li className={`check-up check-up--${status.kind}`}>
      <div className="check-up__head">
        <h2 className="check-up__name">{name}</h2>
        <p className="check-up__status">
          {status.kind === 'due' && 'Due now'}
          {status.kind === 'coming' && capitalised(`This week, ${describeDay(status.on, today)}`)}
          {status.kind === 'snoozed' && `Put off until ${describeDay(status.until, today)}`}
          {status.kind === 'done' && 'Up to date'}
        </p>
      </div>
      <p className="check-up__about">
        {aboutText(id)} <span className="check-up__full-name">({fullName(id)})</span>
      </p>
      <p className="check-up__last">
        {last && progress.latest
          ? `Last time: ${last}, on ${formatShortDay(progress.latest.takenOn)}`
          : 'Not taken yet'}
      </p>
      {!isOwn ? null : status.kind === 'done' ? (
        progress.count > 0 && (
          <Link
            href={`/measures/${id}`}
            className="button button--secondary"
            aria-label={`See your result: ${name}`}
          >
            See your result
          </Link>
        )
      ) : (
        <>
          <Link
            href={`/measures/${id}`}
            className="button button--primary"
            aria-label={`Take it now: ${name}`}
          >
            Take it now
          </Link>
          <p className="check-up__minutes">{capitalised(aboutMinutes([id]))}</p>
          {status.kind === 'due' && !status.isFirstWeek && (
            <SnoozeButtons instrumentIds={[id]} today={today} onSnoozed={onChanged} label={name} />
          )}
          {status.kind === 'due' && status.isFirstWeek && status.canSkip && (
            <SkipButton
              instrumentId={id}
              today={today}
              waitingAfter={summary.firstWeekNext.length}
              onSkipped={onChanged}
            />
          )}
        </>
      )}
    </li>
  );
}

/** Every check-up in use: the ones due first, each with its last score and date (for a coach, to read). */
export function MeasuresScreen() {
  const today = localDay();
  const scope = useMemberScope();
  const loaded = useApiData(() => measures.summary(today, scope.memberId));
  if (scope.isOwn && loaded.status === 'failed' && needsOnboarding(loaded.problem)) {
    return <Redirect to="/start" replace />;
  }
  const summary = loaded.status === 'ready' ? loaded.data : undefined;
  const rows = summary?.instruments
    .map((progress) => ({ progress, status: statusOf(summary, progress) }))
    .sort((a, b) => ORDER[a.status.kind] - ORDER[b.status.kind]);
  return (
    <Page
      title={scope.isOwn ? 'Your check-ups' : `Check-ups of ${scope.memberName}`}
      heading={scope.isOwn ? undefined : 'Check-ups'}
      width={scope.isOwn ? 'narrow' : 'wide'}
    >
      <p className="lead">
        {scope.isOwn
          ? 'Every few weeks, a few standard questionnaires and a short test show how your back and hips are changing. Each takes a few minutes, and each time is compared with your first. In your first week they come one a day.'
          : 'The standard questionnaires and the chair-stand test, the ones due first, each with its last result. The charts with the meaningful change are under Progress.'}
      </p>
      {loaded.status === 'loading' && <Loading what="Loading the check-ups" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {summary && rows && (
        <ul className="check-ups">
          {rows.map(({ progress, status }) => (
            <CheckUpRow
              key={progress.instrumentId}
              summary={summary}
              progress={progress}
              status={status}
              today={today}
              onChanged={loaded.retry}
              isOwn={scope.isOwn}
            />
          ))}
        </ul>
      )}
      {scope.isOwn && (
        <ul className="links">
          <li>
            <Link href="/today">Back to Today</Link>
          </li>
        </ul>
      )}
    </Page>
  );
}
