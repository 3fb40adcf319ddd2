import { useState } from 'react';
import type { Decision } from '../../../contract/plan.ts';
import type { ApiProblem } from '../../api/client.ts';
import { writes } from '../../api/writes.ts';
import { FormAlert } from '../../components/forms.tsx';
import { PainScale } from '../../components/PainScale.tsx';
import { localDay, whenWords } from '../../format.ts';
import { type AnsweredCheckIn, useMemberData } from '../../offline/member-data.ts';

interface CheckInQuestionProps {
  workoutOn: string;
  painBefore: number;
  onAnswered(): void;
}

/** The next-morning check-in: one question, answered with one tap. */
export function CheckInQuestion({ workoutOn, painBefore, onAnswered }: CheckInQuestionProps) {
  const member = useMemberData();
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const today = localDay();

  async function answer(pain: number) {
    const id = crypto.randomUUID();
    const answered: AnsweredCheckIn = { id, workoutOn, pain, answeredOn: today };
    setIsBusy(true);
    setProblem(undefined);
    member.checkIns.set((memory) => ({ ...memory, answered: [...memory.answered.slice(-9), answered] }));
    try {
      const delivery = await member.outbox.submit<{ decisions: Decision[] }>(
        writes.checkIn({ id, workoutOn, pain }),
      );
      if (delivery.isSent) {
        const sentences = delivery.answer.decisions.map((decision) => decision.sentence);
        member.checkIns.set((memory) => ({
          ...memory,
          answered: memory.answered.map((entry) => (entry.id === id ? { ...entry, sentences } : entry)),
        }));
      }
      onAnswered();
    } catch (error) {
      member.checkIns.set((memory) => ({
        ...memory,
        answered: memory.answered.filter((entry) => entry.id !== id),
      }));
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <>
      <FormAlert problem={problem} />
      <PainScale
        question="How is your back this morning?"
        hint={`Before your workout ${whenWords(workoutOn, today)} it was ${painBefore} out of 10.`}
        onChoose={(pain) => void answer(pain)}
        isBusy={isBusy}
      />
    </>
  );
}

/**
 * After answering: thanks once, then what happens next: the engine's decision (which already says how the
 * back was this morning, so the thanks does not repeat the number), or that the answer waits to be sent.
 */
export function CheckInThanks({ answered }: { answered: AnsweredCheckIn }) {
  return (
    <div className="notice" role="status">
      <p>Thank you for checking in.</p>
      {answered.sentences === undefined ? (
        <p>
          Your answer is saved on this phone. Once you are online it is sent, and your next workout is set
          from it.
        </p>
      ) : answered.sentences.length > 0 ? (
        answered.sentences.map((sentence) => <p key={sentence}>{sentence}</p>)
      ) : (
        <p>Your next workout is set from your answer.</p>
      )}
    </div>
  );
}
