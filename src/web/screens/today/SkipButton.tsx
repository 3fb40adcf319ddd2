import { useState } from 'react';
import type { InstrumentId, Skip } from '../../../contract/measures.ts';
import { addDays } from '../../../core/engine/dates.ts';
import type { ApiProblem } from '../../api/client.ts';
import { measureWrites } from '../../api/measures.ts';
import { FormAlert, Notice } from '../../components/forms.tsx';
import { describeDay } from '../../format.ts';
import { useMemberData } from '../../offline/member-data.ts';
import { plainName } from '../measures/names.ts';

interface SkipButtonProps {
  instrumentId: InstrumentId;
  today: string;
  /** How many first-week check-ups wait after today's: the skipped one comes after them. */
  waitingAfter: number;
  onSkipped(): void;
}

/**
 * "Not today" on a first-week check-up, once: it moves behind the ones still waiting, and nothing more is
 * asked today. The sentence says so before the tap. The skip carries an id made once per tap, so the
 * outbox can send it again safely.
 */
export function SkipButton({ instrumentId, today, waitingAfter, onSkipped }: SkipButtonProps) {
  const member = useMemberData();
  const [isBusy, setIsBusy] = useState(false);
  const [isWaiting, setIsWaiting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const comesBackOn = addDays(today, waitingAfter + 1);

  async function skip() {
    if (isBusy) return;
    setIsBusy(true);
    setProblem(undefined);
    try {
      const delivery = await member.outbox.submit<Skip>(
        measureWrites.skip({ id: crypto.randomUUID(), instrumentId, on: today }, 'Moving a check-up'),
      );
      if (delivery.isSent) onSkipped();
      else setIsWaiting(true);
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  if (isWaiting) {
    return <Notice>Saved on this phone: it moves as soon as you are back online.</Notice>;
  }
  return (
    <div className="skip">
      <FormAlert problem={problem} />
      <button
        type="button"
        className="button button--quiet"
        aria-disabled={isBusy}
        aria-describedby={`skip-${instrumentId}`}
        onClick={() => void skip()}
        aria-label={`Not today: ${plainName(instrumentId)}`}
      >
        Not today
      </button>
      <p className="skip__meaning" id={`skip-${instrumentId}`}>
        {`“Not today” moves it to ${describeDay(comesBackOn, today)}, after the others, and asks nothing more today. You can do this once for each check-up.`}
      </p>
    </div>
  );
}
