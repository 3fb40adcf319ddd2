import { type FormEvent, useRef, useState } from 'react';
import type { PlanView } from '../../../contract/plan.ts';
import { getExercise, levelOf } from '../../../core/catalogue/index.ts';
import { planChanges } from '../../api/plan-changes.ts';
import { useApiData } from '../../api/useApiData.ts';
import {
  describedBy,
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  useFormAction,
} from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatLoad } from '../../format.ts';
import { useProfile } from '../../login-session.tsx';
import { PlanChangeFields } from './PlanChangeFields.tsx';
import { changeOf, type Draft, draftFor, preview } from './plan-change-draft.ts';

const REASON = { fewest: 3, most: 500 } as const;
const REASON_HINT = 'The member reads this after what changed, so write it to them.';

function CurrentPlan({ planView }: { planView: PlanView }) {
  const { plan } = planView;
  return (
    <section className="section" aria-labelledby="current-plan-heading">
      <h2 id="current-plan-heading">The plan now</h2>
      <p>
        Phase {planView.phase.number} of 5: {planView.phase.name}.{' '}
        {plan.pause ? planView.pauseMessage : 'Not paused.'}
      </p>
      <ul className="bullets">
        {plan.exercises.map((state) => {
          const exercise = getExercise(state.exerciseId);
          return (
            <li key={state.exerciseId}>
              <strong>{exercise.name}</strong>: level {state.level} (
              {levelOf(exercise, state.level).name.toLowerCase()}
              ), {formatLoad(state.load, plan.weightUnit).toLowerCase()}, {state.targetSets} sets of 10
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PlanChangeForm({
  memberId,
  planView,
  onSaved,
}: {
  memberId: string;
  planView: PlanView;
  onSaved(sentence: string): void;
}) {
  const { plan } = planView;
  const profile = useProfile();
  const coachName = profile?.name.trim().split(/\s+/)[0] ?? '';
  const [draft, setDraft] = useState<Draft>(() => draftFor(plan, 'exercise'));
  const [reasonError, setReasonError] = useState<string | undefined>();
  // One id per change, kept across retries of it, so a repeated tap or a lost answer never saves it twice.
  const changeId = useRef(crypto.randomUUID());
  const action = useFormAction(async () => {
    const answer = await planChanges.change(memberId, {
      id: changeId.current,
      reason: draft.reason,
      change: changeOf(plan, draft),
    });
    changeId.current = crypto.randomUUID();
    onSaved(answer.decision.sentence);
  });
  const previewed = preview(plan, draft, coachName, new Date());
  const errors = mergeFieldErrors(['reason'], { reason: reasonError }, action.problem);

  function submit(event: FormEvent) {
    event.preventDefault();
    const length = draft.reason.trim().length;
    const problem =
      length < REASON.fewest
        ? 'Say why, in a few words: the member reads it.'
        : length > REASON.most
          ? `Keep the reason to ${REASON.most} characters.`
          : undefined;
    setReasonError(problem);
    if (problem || !previewed.isApplied) return;
    void action.run();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="change-heading">
      <h2 id="change-heading">Change the plan</h2>
      <FormAlert problem={action.problem} fieldErrors={errors} labels={{ reason: 'Why' }} />
      <PlanChangeFields plan={plan} draft={draft} onDraft={setDraft} />
      <FieldShell id="reason" label="Why" hint={REASON_HINT} error={errors.reason}>
        <textarea
          id="reason"
          name="reason"
          className="input"
          rows={3}
          maxLength={REASON.most}
          value={draft.reason}
          onChange={(event) => {
            setDraft({ ...draft, reason: event.target.value });
            setReasonError(undefined);
          }}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy('reason', REASON_HINT, errors.reason)}
        />
      </FieldShell>
      <section className="card" aria-labelledby="preview-heading" aria-live="polite">
        <h3 id="preview-heading">What the member will read</h3>
        {previewed.isApplied ? (
          <p className="decision__sentence">{previewed.decision.sentence}</p>
        ) : (
          <p>{previewed.refusal.message}</p>
        )}
      </section>
      <SubmitButton isBusy={action.isBusy} busyText="Saving…">
        Save the change
      </SubmitButton>
    </form>
  );
}

/**
 * A coach's plan change screen for one member: the plan now, then one change at a time with a reason,
 * and the sentence the member will read before it is saved.
 */
export function CoachPlanScreen({ memberId }: { memberId: string }) {
  const loaded = useApiData(() => planChanges.plan(memberId));
  const [saved, setSaved] = useState<string | undefined>();
  if (loaded.status === 'loading') return <Loading what="Loading the member’s plan" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Plan changes" heading="The plan did not load">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  return (
    <Page title="Plan changes" heading="Change the member’s plan" width="wide">
      {saved && <Notice>Saved. The member will read: “{saved}”</Notice>}
      <CurrentPlan planView={loaded.data} />
      <PlanChangeForm
        // A fresh form after each change, on the plan as it now is.
        key={saved ?? 'first'}
        memberId={memberId}
        planView={loaded.data}
        onSaved={(sentence) => {
          setSaved(sentence);
          loaded.retry();
        }}
      />
    </Page>
  );
}
