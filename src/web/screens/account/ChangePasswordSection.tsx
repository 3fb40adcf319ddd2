import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import {
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  Notice,
  PasswordField,
  SubmitButton,
  useFormAction,
} from '../../components/forms.tsx';
import { checkNewPassword, PASSWORD_HINT } from '../../components/validation.ts';

const LABELS = { currentPassword: 'Current password', newPassword: 'New password' };

export function ChangePasswordSection() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const [isChanged, setIsChanged] = useState(false);
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.changePassword({ currentPassword, newPassword });
    setCurrentPassword('');
    setNewPassword('');
    setIsChanged(true);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsChanged(false);
    const errors: FieldErrors = {};
    if (currentPassword === '') errors.currentPassword = 'Enter the password you use now.';
    const newError = checkNewPassword(newPassword);
    if (newError) errors.newPassword = newError;
    setOwnErrors(errors);
    if (Object.keys(errors).length === 0) await run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);

  return (
    <section className="section card" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} />
        {isChanged && (
          <Notice>Your password is changed. Any other phones or computers have been signed out.</Notice>
        )}
        <PasswordField
          id="currentPassword"
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          onValueChange={setCurrentPassword}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          id="newPassword"
          label="New password"
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          value={newPassword}
          onValueChange={setNewPassword}
          error={fieldErrors.newPassword}
        />
        <SubmitButton isBusy={isBusy} busyText="Changing…">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}
