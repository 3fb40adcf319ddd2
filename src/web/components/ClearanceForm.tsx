import { type FormEvent, useState } from 'react';
import type { SafetyHold } from '../../contract/plan.ts';
import type { ApiProblem } from '../api/client.ts';
import { writes } from '../api/writes.ts';
import { localDay } from '../format.ts';
import { useMemberData } from '../offline/member-data.ts';
import { FieldShell, FormAlert, Notice } from './forms.tsx';

/**
 * The clearance step: the member confirms a doctor has assessed them and says when (not in the future,
 * not before the answers that asked for it). The server checks the same and records it.
 */
export function ClearanceForm({ hold, onCleared }: { hold: SafetyHold; onCleared(): void }) {
  const member = useMemberData();
  const today = localDay();
  const [id] = useState(() => crypto.randomUUID());
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [assessedOn, setAssessedOn] = useState('');
  const [errors, setErrors] = useState<{ confirmed?: string; assessedOn?: string }>({});
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const [isWaiting, setIsWaiting] = useState(false);

  function check(): typeof errors {
    const found: typeof errors = {};
    if (!isConfirmed) found.confirmed = 'Tick this only once a doctor has assessed you.';
    if (!assessedOn) found.assessedOn = 'Enter the date of the appointment.';
    else if (assessedOn > today) found.assessedOn = 'The date cannot be in the future.';
    else if (assessedOn < hold.earliestAssessedOn) {
      found.assessedOn = 'The date must be on or after the day you answered the safety questions.';
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setProblem(undefined);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    try {
      const delivery = await member.outbox.submit(writes.clearance({ id, assessedOn, today }));
      if (delivery.isSent) onCleared();
      else setIsWaiting(true);
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  if (isWaiting) {
    return (
      <Notice>
        Thank you. This is saved on your phone and will be sent as soon as you are online; your program goes
        on once it is.
      </Notice>
    );
  }

  return (
    <form className="clearance" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert
        problem={problem}
        fieldErrors={errors}
        labels={{ confirmed: 'A doctor has assessed you', assessedOn: 'Date of the appointment' }}
        idPrefix="clearance-"
      />
      <label className="checkbox">
        <input
          id="clearance-confirmed"
          type="checkbox"
          checked={isConfirmed}
          onChange={(change) => setIsConfirmed(change.target.checked)}
          aria-invalid={errors.confirmed ? true : undefined}
          aria-describedby={errors.confirmed ? 'clearance-confirmed-error' : undefined}
        />
        <span>A doctor has assessed me and said I can exercise.</span>
      </label>
      {errors.confirmed && (
        <p className="field__error" id="clearance-confirmed-error">
          {errors.confirmed}
        </p>
      )}
      <FieldShell id="clearance-assessedOn" label="Date of the appointment" error={errors.assessedOn}>
        <input
          id="clearance-assessedOn"
          name="assessedOn"
          type="date"
          className="input"
          value={assessedOn}
          min={hold.earliestAssessedOn}
          max={today}
          onChange={(change) => setAssessedOn(change.target.value)}
          aria-invalid={errors.assessedOn ? true : undefined}
          aria-describedby={errors.assessedOn ? 'clearance-assessedOn-error' : undefined}
        />
      </FieldShell>
      <button type="submit" className="button button--primary button--large" aria-disabled={isBusy}>
        {isBusy ? 'Saving…' : 'Tell Backstrong'}
      </button>
    </form>
  );
}
