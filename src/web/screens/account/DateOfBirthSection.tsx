import { type FormEvent, useState } from 'react';
import type { Profile } from '../../../contract/account.ts';
import { api } from '../../api/endpoints.ts';
import {
  asSentence,
  FormAlert,
  Notice,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../components/forms.tsx';
import { formatDate, localDay } from '../../format.ts';
import { useLoginSession } from '../../login-session.tsx';

const ID = 'date-of-birth';
const HINT =
  'Optional. It is printed at the top of your progress report, so your doctor or physiotherapist can match the report to their records. Your coach sees it too.';

/**
 * The member's date of birth, given only if they wish: a date box (the phone's own date picker), saved,
 * changed or removed. The report reads it from the profile.
 */
export function DateOfBirthSection({ profile }: { profile: Profile }) {
  const { refresh } = useLoginSession();
  const saved = profile.dateOfBirth;
  const [value, setValue] = useState(saved ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const [isEmptyOnSave, setIsEmptyOnSave] = useState(false);
  const { isBusy, problem, run } = useFormAction(async (dateOfBirth: string | null) => {
    await api.changeDateOfBirth(dateOfBirth);
    await refresh();
    setValue(dateOfBirth ?? '');
    setNotice(dateOfBirth ? `Saved: ${formatDate(dateOfBirth)}.` : 'Your date of birth is removed.');
  });
  const today = localDay();
  const isInFuture = value !== '' && value > today;
  const fromServer = problem?.fieldMessage('dateOfBirth');
  const error = isInFuture
    ? 'A date of birth cannot be after today.'
    : isEmptyOnSave
      ? 'Enter your date of birth first.'
      : fromServer && asSentence(fromServer);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setIsEmptyOnSave(value === '');
    if (value === '' || isInFuture) return;
    await run(value);
  }

  return (
    <section className="section card" aria-labelledby="date-of-birth-heading">
      <h2 id="date-of-birth-heading">Date of birth</h2>
      <form className="form" onSubmit={submit} noValidate>
        {!fromServer && <FormAlert problem={problem} />}
        {notice && <Notice>{notice}</Notice>}
        <TextField
          id={ID}
          name="dateOfBirth"
          type="date"
          label="Your date of birth"
          hint={HINT}
          error={error}
          value={value}
          max={today}
          min="1900-01-01"
          autoComplete="bday"
          onValueChange={(next) => {
            setNotice(null);
            setIsEmptyOnSave(false);
            setValue(next);
          }}
        />
        <div className="actions">
          <SubmitButton isBusy={isBusy} busyText="Saving…">
            Save date of birth
          </SubmitButton>
          {saved && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={isBusy}
              onClick={() => {
                setNotice(null);
                void run(null);
              }}
            >
              Remove date of birth
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
