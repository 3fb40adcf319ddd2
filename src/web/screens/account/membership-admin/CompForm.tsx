import { type FormEvent, useState } from 'react';
import type { MemberWithTier } from '../../../../contract/membership-admin.ts';
import { membershipAdminApi } from '../../../api/membership-admin.ts';
import {
  type FieldErrors,
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../../components/forms.tsx';

const LABELS = { until: 'Last day of premium', reason: 'Reason' };
const REASON_MAX_LENGTH = 200;

/** Premium granted by hand: through a day (to its end) or with no end, always with a reason. */
export function CompForm({
  member,
  today,
  onGranted,
  onCancel,
}: {
  member: MemberWithTier;
  /** The first day that may be chosen, YYYY-MM-DD. */
  today: string;
  onGranted(message: string): void;
  onCancel(): void;
}) {
  const [hasEnd, setHasEnd] = useState(true);
  const [until, setUntil] = useState(member.comp?.isInForce ? (member.comp.until?.slice(0, 10) ?? '') : '');
  const [reason, setReason] = useState(member.comp?.isInForce ? member.comp.reason : '');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    await membershipAdminApi.grantComp(member.id, { until: hasEnd ? until : null, reason: reason.trim() });
    onGranted(
      hasEnd ? `${member.name} has premium through ${until}.` : `${member.name} has premium with no end.`,
    );
  });
  const prefix = `comp-${member.id}-`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (hasEnd && !/^\d{4}-\d{2}-\d{2}$/.test(until)) errors.until = 'Choose the last day of premium.';
    else if (hasEnd && until < today) errors.until = 'Choose today or a day after it.';
    if (reason.trim() === '') errors.reason = 'Say why, for whoever reads this later.';
    else if (reason.trim().length > REASON_MAX_LENGTH) {
      errors.reason = `Keep the reason to ${REASON_MAX_LENGTH} characters.`;
    }
    setOwnErrors(errors);
    if (Object.keys(errors).length === 0) void run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);
  return (
    <form
      className="form comp-form"
      onSubmit={submit}
      noValidate
      aria-label={`Grant premium to ${member.name}`}
    >
      <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} idPrefix={prefix} />
      <fieldset className="segmented">
        <legend className="field__label">How long</legend>
        <div className="segmented__options">
          <label className="segmented__option">
            <input type="radio" name={`${prefix}length`} checked={hasEnd} onChange={() => setHasEnd(true)} />
            <span>Through a date</span>
          </label>
          <label className="segmented__option">
            <input
              type="radio"
              name={`${prefix}length`}
              checked={!hasEnd}
              onChange={() => setHasEnd(false)}
            />
            <span>With no end</span>
          </label>
        </div>
      </fieldset>
      {hasEnd && (
        <FieldShell
          id={`${prefix}until`}
          label={LABELS.until}
          hint="Premium lasts to the end of this day."
          error={fieldErrors.until}
        >
          <input
            id={`${prefix}until`}
            type="date"
            className="input"
            min={today}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            aria-invalid={fieldErrors.until ? true : undefined}
            aria-describedby={`${prefix}until-hint${fieldErrors.until ? ` ${prefix}until-error` : ''}`}
          />
        </FieldShell>
      )}
      <TextField
        id={`${prefix}reason`}
        name="reason"
        label={LABELS.reason}
        hint="For example: clinic staff, a pilot, a member who had trouble paying."
        autoComplete="off"
        maxLength={REASON_MAX_LENGTH + 50}
        value={reason}
        onValueChange={setReason}
        error={fieldErrors.reason}
      />
      <div className="comp-form__actions">
        <SubmitButton isBusy={isBusy} busyText="Granting…">
          Grant premium
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
