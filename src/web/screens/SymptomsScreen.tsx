import { useState } from 'react';
import { Link } from 'wouter';
import type { Decision } from '../../contract/plan.ts';
import { safetyHold } from '../../core/engine/safety-hold.ts';
import type { RedFlagAnswers } from '../../core/red-flags/questions.ts';
import { type ScreenResult, screenRedFlags } from '../../core/red-flags/screen.ts';
import type { ApiProblem } from '../api/client.ts';
import { writes } from '../api/writes.ts';
import { DecisionList } from '../components/DecisionList.tsx';
import { FormAlert, Notice } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { RedFlagForm } from '../components/RedFlagForm.tsx';
import { localScreen } from '../local-screen.ts';
import { useMemberData } from '../offline/member-data.ts';
import { useSafetyHold } from '../safety-hold.tsx';

interface Answered {
  result: ScreenResult;
  /** The engine's decisions once the server has them; null while the answers wait to be sent. */
  decisions: Decision[] | null;
}

/** "Symptoms changed?": the safety questions again, at any time. The phone decides what to say at once. */
export function SymptomsScreen() {
  const member = useMemberData();
  const holds = useSafetyHold();
  const [answered, setAnswered] = useState<Answered | undefined>();
  const [problem, setProblem] = useState<ApiProblem | undefined>();

  async function submit(answers: RedFlagAnswers) {
    // The outcome is worked out here, so a hold is shown at once, with or without a connection; once the
    // server has the answers, it is asked again, so every device shows the same.
    const id = crypto.randomUUID();
    const result = screenRedFlags(answers);
    const hold = safetyHold([localScreen(id, answers)]);
    if (hold) holds.show(hold);
    setAnswered({ result, decisions: null });
    setProblem(undefined);
    try {
      const delivery = await member.outbox.submit<{ decisions: Decision[] }>(
        writes.screen({ id, answers, context: 'symptoms' }),
      );
      if (delivery.isSent) setAnswered({ result, decisions: delivery.answer.decisions });
      if (delivery.isSent && hold) await holds.refresh();
    } catch (error) {
      setProblem(error as ApiProblem);
    }
  }

  // A flagged answer shows the hold screen in place of every screen (see App.tsx); this is the clear one.
  if (answered) {
    return (
      <Page title="Your answers" heading="No warning signs">
        <FormAlert problem={problem} />
        <Notice>
          <p>{answered.result.message}</p>
        </Notice>
        {answered.decisions === null ? (
          <p>Your answers are saved on this phone and will be sent when you are online.</p>
        ) : (
          <DecisionList
            decisions={answered.decisions.filter((decision) => decision.sentence !== answered.result.message)}
            label="What this means for your plan"
          />
        )}
        <div className="actions">
          <Link href="/today" className="button button--primary">
            Back to Today
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Symptoms changed?" heading="Have your symptoms changed?">
      <p className="lead">
        If something new has come up, or your back feels different in a way that worries you, answer these
        questions again. It takes about a minute.
      </p>
      <p>
        Back pain that flares up for a day or two is common and usually settles: the program adjusts to it.
      </p>
      <RedFlagForm submitLabel="Check my answers" onSubmit={(answers) => void submit(answers)} />
    </Page>
  );
}
