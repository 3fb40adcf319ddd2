import { useEffect, useId, useRef } from 'react';
import { Link } from 'wouter';
import type { InstrumentId, InstrumentProgress, Measure } from '../../../contract/measures.ts';
import { FoldedLessons } from '../../components/EducationCard.tsx';
import { HIGH_RISK_LESSONS } from '../../components/education.ts';
import { formatDay } from '../../format.ts';
import { aboutMinutes, capitalised, plainName } from './names.ts';
import { scoreWords } from './score-words.ts';

interface MeasureResultProps {
  measure: Measure;
  /** The instrument's history from the server, to compare with the first time. */
  progress: InstrumentProgress | undefined;
  /** Other measures still due today, the first offered next. */
  stillDue: readonly InstrumentId[];
  /** Shown on coming back to a result, not straight after answering. */
  onTakeAgain?: () => void;
}

/** A score in plain words, how it compares with the first time, and the way on. */
export function MeasureResult({ measure, progress, stillDue, onTakeAgain }: MeasureResultProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const words = scoreWords(measure, progress);
  const next = stillDue[0];
  const isHighRisk = measure.instrumentId === 'start-back' && measure.score.risk === 'high';

  // The result replaces the form: announce it and start reading from it.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <>
      <section className="card result" aria-labelledby={headingId}>
        <p className="result__when">Your result, {formatDay(measure.takenOn)}</p>
        <h2 className="result__headline" id={headingId} ref={headingRef} tabIndex={-1}>
          {capitalised(words.headline)}
        </h2>
        {words.meaning.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {words.change && <p className="result__change">{words.change}</p>}
      </section>
      {isHighRisk && (
        <section className="section" aria-labelledby={`${headingId}-reads`}>
          <h2 id={`${headingId}-reads`}>Short reads that may help</h2>
          <FoldedLessons lessons={HIGH_RISK_LESSONS} />
        </section>
      )}
      <div className="actions result__actions">
        {next ? (
          <Link href={`/measures/${next}`} className="button button--primary button--large">
            Next: {plainName(next)}, {aboutMinutes([next])}
          </Link>
        ) : (
          <Link href="/today" className="button button--primary button--large">
            Back to Today
          </Link>
        )}
        <Link href="/measures" className="button button--secondary">
          All your check-ups
        </Link>
        {onTakeAgain && (
          <button type="button" className="button button--quiet" onClick={onTakeAgain}>
            Take it again
          </button>
        )}
      </div>
    </>
  );
}
