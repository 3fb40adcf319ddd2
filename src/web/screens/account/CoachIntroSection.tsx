import { type FormEvent, useEffect, useState } from 'react';
import { COACH_INTRO_MAX_LENGTH } from '../../../core/accounts.ts';
import { coaching } from '../../api/coaching.ts';
import { useApiData } from '../../api/useApiData.ts';
import {
  asSentence,
  describedBy,
  FieldShell,
  FormAlert,
  Notice,
  SubmitButton,
  useFormAction,
} from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';

const ID = 'coach-intro';

/** The coach's short introduction, which their members read on their coach card. */
function IntroForm({ saved, onSaved }: { saved: string; onSaved(): void }) {
  const [intro, setIntro] = useState(saved);
  const [isSaved, setIsSaved] = useState(false);
  useEffect(() => setIntro(saved), [saved]);
  const { isBusy, problem, run } = useFormAction(async () => {
    await coaching.changeCoachIntro(intro);
    setIsSaved(true);
    onSaved();
  });
  const tooLong = intro.trim().length > COACH_INTRO_MAX_LENGTH;
  const fromServer = problem?.fieldMessage('intro');
  const error = tooLong
    ? `An introduction has at most ${COACH_INTRO_MAX_LENGTH} characters.`
    : fromServer && asSentence(fromServer);
  const hint = `A few plain sentences your members see on their coach card, up to ${COACH_INTRO_MAX_LENGTH} characters (${intro.trim().length} now).`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    if (!tooLong) await run();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {!fromServer && <FormAlert problem={problem} />}
      {isSaved && <Notice>Your introduction is saved.</Notice>}
      <FieldShell id={ID} label="Your introduction" hint={hint} error={error}>
        <textarea
          id={ID}
          name="intro"
          className="input input--multiline"
          rows={5}
          value={intro}
          onChange={(event) => {
            setIsSaved(false);
            setIntro(event.target.value);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ID, hint, error)}
        />
      </FieldShell>
      <SubmitButton isBusy={isBusy} busyText="Saving…">
        Save introduction
      </SubmitButton>
    </form>
  );
}

export function CoachIntroSection() {
  const profile = useApiData(coaching.coachProfile);
  return (
    <section className="section card" aria-labelledby="coach-intro-heading">
      <h2 id="coach-intro-heading">How your members meet you</h2>
      {profile.status === 'loading' && <Loading what="Loading your introduction" />}
      {profile.status === 'failed' && <LoadFailed problem={profile.problem} retry={profile.retry} />}
      {profile.status === 'ready' && <IntroForm saved={profile.data.intro ?? ''} onSaved={profile.retry} />}
    </section>
  );
}
