import { useEffect } from 'react';
import { EducationCard } from '../../components/EducationCard.tsx';
import { formatClock } from '../../format.ts';
import { useNow } from '../../workout/useNow.ts';

interface RestViewProps {
  endsAt: number;
  totalSeconds: number;
  /** What comes after the rest: "Squat, set 2 of 3". */
  upNext: string;
  lastPain: number;
  onSkip(): void;
  onAddTime(): void;
  /** The countdown reached zero; `lateBy` is how long ago (a reload after the rest ended). */
  onOver(lateByMs: number): void;
}

/** The rest between sets: it starts by itself, counts down in big figures, and can be skipped or lengthened. */
export function RestView({
  endsAt,
  totalSeconds,
  upNext,
  lastPain,
  onSkip,
  onAddTime,
  onOver,
}: RestViewProps) {
  const now = useNow(true);
  const remainingSeconds = (endsAt - now) / 1000;
  const isOver = remainingSeconds <= 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: fires once, when the countdown reaches zero.
  useEffect(() => {
    if (isOver) onOver(now - endsAt);
  }, [isOver]);

  const share = Math.min(1, Math.max(0, remainingSeconds / Math.max(totalSeconds, 1)));
  return (
    <section className="rest" aria-labelledby="rest-heading">
      <h2 id="rest-heading" className="rest__title">
        Rest
      </h2>
      <p className="rest__clock" role="timer" aria-label="Rest time left">
        {formatClock(remainingSeconds)}
      </p>
      <div className="rest__bar" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </div>
      <p className="rest__next">
        Up next: <strong>{upNext}</strong>
      </p>
      <div className="actions actions--stacked">
        <button type="button" className="button button--primary button--large" onClick={onSkip}>
          Skip rest
        </button>
        <button type="button" className="button button--secondary button--large" onClick={onAddTime}>
          Add 30 seconds
        </button>
      </div>
      {lastPain > 3 && <EducationCard lesson="pain-free-range" show="always" />}
    </section>
  );
}
