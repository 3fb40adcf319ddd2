import { useEffect, useState } from 'react';
import { formatClock } from '../format.ts';
import { useStored } from '../offline/member-data.ts';
import { soundPreference } from '../preferences.ts';
import { prepareSound, signalRestOver } from '../workout/signals.ts';
import { useNow } from '../workout/useNow.ts';

const TEST_SECONDS = 30;

/** An optional 30-second countdown for the chair-stand test, with a chime and a buzz when time is up. */
export function ChairStandTimer() {
  const isSoundOn = useStored(soundPreference);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [isOver, setIsOver] = useState(false);
  // Ticks only while the 30 seconds run: an idle clock costs a phone's battery for nothing.
  const now = useNow(endsAt !== null && !isOver);
  const left = endsAt === null ? TEST_SECONDS : isOver ? 0 : Math.max(0, (endsAt - now) / 1000);
  useEffect(() => {
    if (endsAt === null || isOver || now < endsAt) return;
    setIsOver(true);
    signalRestOver(isSoundOn);
  }, [endsAt, isOver, now, isSoundOn]);
  return (
    <div className="timer">
      <p className="timer__clock" role="timer" aria-label="Time left">
        {formatClock(left)}
      </p>
      <p className="timer__status" role="status">
        {isOver
          ? 'Time is up. Now enter how many times you stood up.'
          : endsAt !== null
            ? 'Go! Stand up and sit down.'
            : 'The timer is optional: any clock with a second hand will do.'}
      </p>
      <button
        type="button"
        className="button button--secondary button--large"
        onClick={() => {
          if (isSoundOn) prepareSound();
          setIsOver(false);
          setEndsAt(Date.now() + TEST_SECONDS * 1000);
        }}
      >
        {endsAt === null ? 'Start the 30 seconds' : 'Start again'}
      </button>
    </div>
  );
}
