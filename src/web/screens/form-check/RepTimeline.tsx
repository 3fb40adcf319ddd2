import type { Exercise } from '../../../core/catalogue/types.ts';
import type { FormRep } from '../../../core/form/rep-result.ts';
import { FAULT_LABELS, levelWords, repResultWords } from './form-words.ts';
import type { RepFrames } from './rep-frames.ts';
import { timelineSpan, timeRangeWords } from './timeline.ts';
import { turnWord } from './turn-words.ts';

interface RepTimelineProps {
  exercise: Exercise;
  reps: readonly FormRep[];
  durationMs: number;
  frames: RepFrames;
}

function repClass(rep: FormRep, base: string): string {
  const kind = !rep.isComplete ? 'partial' : rep.faults.length > 0 ? 'fault' : 'complete';
  return `${base} ${base}--${kind}`;
}

/** The recording as a bar with each rep on it, then each rep with the picture of its turning point. */
export function RepTimeline({ exercise, reps, durationMs, frames }: RepTimelineProps) {
  const turn = turnWord(exercise);
  return (
    <section className="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Your reps in the video</h2>
      <div className="rep-timeline__bar" aria-hidden="true">
        {reps.map((rep) => {
          const span = timelineSpan(rep, durationMs);
          return (
            <span
              key={rep.number}
              className={repClass(rep, 'rep-timeline__span')}
              style={{ left: `${span.left}%`, width: `${span.width}%` }}
            >
              {rep.number}
              {rep.faults.length > 0 && '!'}
            </span>
          );
        })}
      </div>
      <p className="rep-timeline__key" aria-hidden="true">
        <span className="rep-timeline__swatch rep-timeline__swatch--complete" /> complete
        <span className="rep-timeline__swatch rep-timeline__swatch--fault" /> with a fault
        <span className="rep-timeline__swatch rep-timeline__swatch--partial" /> partial
      </p>
      <ol className="rep-timeline__list">
        {reps.map((rep) => {
          const frame = frames.get(rep.number);
          return (
            <li key={rep.number} className={repClass(rep, 'rep-timeline__rep')}>
              {frame ? (
                <img className="rep-timeline__frame" src={frame} alt={`Rep ${rep.number} at the ${turn}`} />
              ) : (
                <span className="rep-timeline__frame rep-timeline__frame--none">No picture</span>
              )}
              <div>
                <h3 className="rep-timeline__title">
                  Rep {rep.number}: {repResultWords(rep)}
                </h3>
                <p className="rep-timeline__detail">
                  {timeRangeWords(rep)} · {levelWords(exercise, rep.level)}
                </p>
                {rep.faults.length > 0 && (
                  <p className="rep-timeline__faults">
                    {rep.faults.map((fault) => FAULT_LABELS[fault]).join(', ')}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
