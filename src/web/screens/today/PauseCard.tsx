import { useState } from 'react';
import { Link } from 'wouter';
import type { ApiProblem } from '../../api/client.ts';
import type { ProgramView } from '../../api/training.ts';
import { writes } from '../../api/writes.ts';
import { FormAlert, Notice } from '../../components/forms.tsx';
import { useMemberData } from '../../offline/member-data.ts';

/** The program is paused: say why in plain words, and offer the one way on. */
export function PauseCard({ program, onChanged }: { program: ProgramView; onChanged(): void }) {
  const member = useMemberData();
  const [isBusy, setIsBusy] = useState(false);
  const [isWaiting, setIsWaiting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const pause = program.plan.pause;
  if (!pause) return null;

  async function confirmCleared() {
    setIsBusy(true);
    setProblem(undefined);
    try {
      const delivery = await member.outbox.submit(writes.cleared(crypto.randomUUID()));
      if (delivery.isSent) onChanged();
      else setIsWaiting(true);
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card pause" aria-labelledby="pause-heading">
      <h2 id="pause-heading">
        {pause.waitingFor === 'screen' ? 'A few safety questions first' : 'Waiting for your doctor'}
      </h2>
      <p>{program.pauseMessage}</p>
      {pause.waitingFor === 'screen' ? (
        <Link href="/symptoms" className="button button--primary button--large">
          Answer the safety questions
        </Link>
      ) : isWaiting ? (
        <Notice>
          Thank you. This is saved on your phone; your program carries on as soon as it is sent.
        </Notice>
      ) : (
        <>
          <p className="pause__note">Only tap this once a doctor has told you that you can exercise.</p>
          <FormAlert problem={problem} />
          <button
            type="button"
            className="button button--primary button--large"
            aria-disabled={isBusy}
            onClick={() => void confirmCleared()}
          >
            {isBusy ? 'Saving…' : 'A doctor has cleared me'}
          </button>
        </>
      )}
    </section>
  );
}
