import { type FormEvent, useState } from 'react';
import type { CsvTable } from '../../../contract/export.ts';
import { FormAlert, PasswordField, SubmitButton, useFormAction } from '../../components/forms.tsx';
import { goToHomepage } from '../../homepage.ts';
import { useLoginSession } from '../../login-session.tsx';

/** The export's CSV tables, as the contract names them. */
const CSV_TABLES = [
  { table: 'sets', label: 'Sets' },
  { table: 'workouts', label: 'Workouts' },
  { table: 'measures', label: 'Check-ups' },
  { table: 'decisions', label: 'Plan changes' },
  { table: 'check-ins', label: 'Morning check-ins' },
] as const satisfies readonly { table: CsvTable; label: string }[];

function DownloadLinks() {
  return (
    <>
      <p>Everything Backstrong holds about you, to keep or to take to another service:</p>
      <ul className="download-list">
        <li>
          <a href="/api/me/export" download>
            All your data (JSON)
          </a>
        </li>
        <li>
          <a href="/api/me/export/fhir" download>
            Your check-ups for a health record (FHIR R4)
          </a>
        </li>
        {CSV_TABLES.map(({ table, label }) => (
          <li key={table}>
            <a href={`/api/me/export.csv?table=${table}`} download>
              {label} (CSV, for a spreadsheet)
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Deleting is for good: a password and a second, deliberate step, never one tap. */
function DeleteAccount() {
  const { deleteAccount } = useLoginSession();
  const [password, setPassword] = useState('');
  const [isSure, setIsSure] = useState(false);
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const { isBusy, problem, run } = useFormAction(() =>
    deleteAccount(password, () => goToHomepage('account-deleted')),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const error = password === '' ? 'Enter your password to confirm.' : undefined;
    setPasswordError(error);
    if (!error) await run();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Delete your account</h3>
      <p>
        This deletes your account and all your health data from Backstrong for good: your plan, workouts,
        check-ups and answers. It cannot be undone. Download your data first if you want to keep it.
      </p>
      <FormAlert problem={problem} fieldErrors={{}} labels={{}} />
      <label className="checkbox">
        <input
          type="checkbox"
          name="deleteConfirmed"
          checked={isSure}
          onChange={(event) => setIsSure(event.target.checked)}
        />
        <span>I understand: delete everything, for good</span>
      </label>
      {isSure && (
        <>
          <PasswordField
            id="deletePassword"
            label="Your password"
            autoComplete="current-password"
            value={password}
            onValueChange={setPassword}
            error={passwordError}
          />
          <SubmitButton isBusy={isBusy} busyText="Deleting…" tone="danger">
            Delete my account
          </SubmitButton>
        </>
      )}
    </form>
  );
}

export function YourDataSection() {
  return (
    <section className="section card" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">Your data</h2>
      <DownloadLinks />
      <DeleteAccount />
    </section>
  );
}
