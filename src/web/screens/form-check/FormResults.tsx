import { Link, useLocation } from 'wouter';
import type { Exercise } from '../../../core/catalogue/types.ts';
import { VALGUS_DISCLAIMER } from '../../../core/form/cues.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import { isPastTargetLevel } from '../../../core/form/target-level.ts';
import { type FormCheckResult, formCheckResultFrom, leaveFormCheckResult } from '../../form-check/handoff.ts';
import { FAULT_LABELS, levelWords, noteWords, repsWords, warningWords } from './form-words.ts';
import { RepTable } from './RepTable.tsx';
import { RepTimeline } from './RepTimeline.tsx';
import type { RepFrames } from './rep-frames.ts';

interface FormResultsProps {
  exercise: Exercise;
  summary: FormSetSummary;
  mode: FormCheckResult['mode'];
  targetLevel: number | null;
  /** The recording's length and each rep's picture, in recording mode. */
  recording: { durationMs: number; frames: RepFrames } | null;
  /** Where "Use these results" goes; null when there is nowhere to use them. */
  usePath: string | null;
  leave: { href: string; label: string };
  onTryAgain(): void;
}

function levelComparison(exercise: Exercise, reached: number, target: number): string {
  const words = levelWords(exercise, target);
  if (reached === target) return 'That is your level.';
  if (isPastTargetLevel(reached, target))
    return `That goes past your level (${words}). Stay within it until your plan moves you on.`;
  return `Your level is ${words}. Going less far is fine when that is what stays pain-free and controlled.`;
}

function Tally({
  exercise,
  summary,
  targetLevel,
}: Pick<FormResultsProps, 'exercise' | 'summary' | 'targetLevel'>) {
  return (
    <section aria-labelledby="tally-heading">
      <h2 id="tally-heading" className="visually-hidden">
        Reps
      </h2>
      <dl className={summary.pastLevelReps > 0 ? 'tally tally--four' : 'tally'}>
        <div className="tally__item tally__item--main">
          <dt>Completed reps</dt>
          <dd>{summary.completedReps}</dd>
        </div>
        <div className="tally__item">
          <dt>Good reps</dt>
          <dd>{summary.goodReps}</dd>
        </div>
        <div className="tally__item">
          <dt>Partial reps, not counted</dt>
          <dd>{summary.partialReps}</dd>
        </div>
        {summary.pastLevelReps > 0 && (
          <div className="tally__item">
            <dt>Past your level, not good</dt>
            <dd>{summary.pastLevelReps}</dd>
          </div>
        )}
      </dl>
      {summary.completedReps > 0 && (
        <p>
          Level reached consistently: <strong>{levelWords(exercise, summary.levelReached)}</strong>.{' '}
          {targetLevel !== null && levelComparison(exercise, summary.levelReached, targetLevel)}
        </p>
      )}
    </section>
  );
}

function Faults({
  exercise,
  summary,
  targetLevel,
}: Pick<FormResultsProps, 'exercise' | 'summary' | 'targetLevel'>) {
  const isClean = summary.faults.length === 0 && summary.notes.length === 0;
  return (
    <section className="section" aria-labelledby="faults-heading">
      <h2 id="faults-heading">Form</h2>
      {isClean ? (
        <p className="status--ok">
          <span className="status__mark" aria-hidden="true">
            ✓
          </span>
          <span>No form faults seen in this set.</span>
        </p>
      ) : (
        <ul className="faults">
          {summary.faults.map((id) => {
            const fault = exercise.faults.find((candidate) => candidate.id === id);
            return (
              <li key={id} className="fault card">
                <p className="fault__looks">
                  <strong>{FAULT_LABELS[id]}.</strong> {fault?.looksLike}
                </p>
                {fault && (
                  <p className="fault__fix">
                    <strong>Fix: </strong>
                    {fault.cue}
                  </p>
                )}
              </li>
            );
          })}
          {summary.notes.map((note) => {
            const words = noteWords(note, exercise, targetLevel);
            return (
              <li key={note} className="fault card">
                <p className="fault__looks">
                  <strong>{words.label}.</strong>
                </p>
                <p className="fault__fix">
                  <strong>Fix: </strong>
                  {words.advice}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {summary.view === 'front' && <p className="form-check__disclaimer">{VALGUS_DISCLAIMER}</p>}
    </section>
  );
}

/** The set as the form check saw it, and what to do with it. */
export function FormResults(props: FormResultsProps) {
  const { exercise, summary, mode, recording, usePath, leave, onTryAgain } = props;
  const [, navigate] = useLocation();
  const hasWarnings = summary.warnings.length > 0;
  const canUse = usePath !== null && !hasWarnings && summary.completedReps > 0;
  const use = () => {
    if (usePath === null) return;
    leaveFormCheckResult(formCheckResultFrom(summary, mode, new Date()));
    navigate(usePath);
  };
  return (
    <>
      {hasWarnings ? (
        summary.warnings.map((warning) => {
          const words = warningWords(warning, exercise);
          return (
            <section
              key={warning}
              className="callout form-results__warning"
              aria-labelledby={`${warning}-heading`}
            >
              <h2 id={`${warning}-heading`}>{words.title}</h2>
              <p>{words.advice}</p>
            </section>
          );
        })
      ) : (
        <>
          <Tally exercise={exercise} summary={summary} targetLevel={props.targetLevel} />
          <Faults exercise={exercise} summary={summary} targetLevel={props.targetLevel} />
          {summary.reps.length > 0 && <RepTable exercise={exercise} reps={summary.reps} />}
        </>
      )}
      {recording && summary.reps.length > 0 && (
        <RepTimeline
          exercise={exercise}
          reps={summary.reps}
          durationMs={recording.durationMs}
          frames={recording.frames}
        />
      )}
      <div className="actions">
        {canUse && (
          <>
            <button type="button" className="button button--primary" onClick={use}>
              Use these results
            </button>
            <p className="form-check__use-note">
              {repsWords(summary.completedReps)} and what was seen go into your set, for you to check before
              it is saved. Only the numbers: no picture.
            </p>
          </>
        )}
        <button type="button" className="button button--secondary" onClick={onTryAgain}>
          Try again
        </button>
        <Link href={leave.href} className="back-link">
          <span aria-hidden="true">←</span>
          {leave.label}
        </Link>
      </div>
    </>
  );
}
