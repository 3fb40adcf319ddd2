import { useEffect, useRef, useState } from 'react';
import type { InstrumentId } from '../../../contract/measures.ts';
import type { ApiProblem } from '../../api/client.ts';
import { measureWrites } from '../../api/measures.ts';
import { FormAlert, Notice } from '../../components/forms.tsx';
import { useMemberData } from '../../offline/member-data.ts';

/** A day, or the longest the server allows (MEASURE_SCHEDULE.snoozeDaysMost in src/core/outcomes). */
const SNOOZE_DAYS = [1, 3] as const;

function dayWords(days: number): string {
  return days === 1 ? 'Tomorrow' : `In ${days} days`;
}

interface SnoozeButtonsProps {
  instrumentIds: readonly InstrumentId[];
  today: string;
  onSnoozed(): void;
  /** Names what is put off, for screen readers, where several sit on one screen. */
  label?: string;
}

/**
 * "Not today", then how long for. A snoozed check-up stays due: it is hidden from Today until then, and
 * comes back. Each snooze carries an id made once per tap, so the outbox can send it again safely.
 */
export function SnoozeButtons({ instrumentIds, today, onSnoozed, label }: SnoozeButtonsProps) {
  const member = useMemberData();
  const [isChoosing, setIsChoosing] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [isWaiting, setIsWaiting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const questionRef = useRef<HTMLParagraphElement>(null);
  // The button tapped gives way to the choices: keep the reader's place on them.
  useEffect(() => {
    if (isChoosing) questionRef.current?.focus();
  }, [isChoosing]);
  const named = (text: string) => (label ? { 'aria-label': `${text}: ${label}` } : {});

  async function snooze(days: number) {
    if (isBusy) return;
    setIsBusy(true);
    setProblem(undefined);
    try {
      const deliveries = await Promise.all(
        instrumentIds.map((instrumentId) =>
          member.outbox.submit(
            measureWrites.snooze(
              { id: crypto.randomUUID(), instrumentId, on: today, days },
              'Putting off a check-up',
            ),
          ),
        ),
      );
      if (deliveries.every((delivery) => delivery.isSent)) onSnoozed();
      else setIsWaiting(true);
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  if (isWaiting) {
    return <Notice>Saved on this phone: it is put off as soon as you are back online.</Notice>;
  }
  if (!isChoosing) {
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setIsChoosing(true)}
        {...named('Not today')}
      >
        Not today
      </button>
    );
  }
  return (
    <div className="snooze">
      <FormAlert problem={problem} />
      <p className="snooze__question" ref={questionRef} tabIndex={-1}>
        When shall we remind you?
      </p>
      <div className="snooze__options">
        {SNOOZE_DAYS.map((days) => (
          <button
            key={days}
            type="button"
            className="button button--secondary"
            aria-disabled={isBusy}
            onClick={() => void snooze(days)}
            {...named(dayWords(days))}
          >
            {dayWords(days)}
          </button>
        ))}
      </div>
    </div>
  );
}
