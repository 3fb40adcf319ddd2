import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { api } from '../api/endpoints.ts';
import {
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  PasswordField,
  SubmitButton,
  useFormAction,
} from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { checkNewPassword, PASSWORD_HINT } from '../components/validation.ts';

/** Opened from the emailed link: a password reset, or a coach's invitation (`&invited=1`). */
export function ResetPasswordScreen() {
  const [searchParams] = useSearchParams();
  const [, navigate] = useLocation();
  const token = searchParams.get('token') ?? '';
  const isInvitation = searchParams.get('invited') === '1';
  const [newPassword, setNewPassword] = useState('');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.resetPassword({ token, newPassword });
    navigate('/sign-in?password=saved', { replace: true });
  });

  const title = isInvitation ? 'Welcome — choose your password' : 'Choose a new password';

  if (token === '') {
    return (
      <Page title={title}>
        <p className="lead">This link is missing a part. Please open the link from your email again.</p>
        <p>
          If it still does not work, <Link href="/forgot-password">ask for a new link</Link>.
        </p>
      </Page>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const passwordError = checkNewPassword(newPassword);
    setOwnErrors(passwordError ? { newPassword: passwordError } : {});
    if (!passwordError) await run();
  }

  const fieldErrors = mergeFieldErrors(['newPassword'], ownErrors, problem);
  const isLinkDead = problem?.is('invalid-token') ?? false;
  const passwordLabel = isInvitation ? 'Your password' : 'New password';
  const labels = { newPassword: passwordLabel };

  return (
    <Page title={title}>
      <p className="lead">
        {isInvitation
          ? 'You have been invited to coach on Backstrong. Choose a password to finish setting up your account.'
          : 'Choose a new password for your Backstrong account.'}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={labels} />
        {isLinkDead && (
          <p>
            <Link href="/forgot-password">Ask for a new link</Link>
          </p>
        )}
        <PasswordField
          id="newPassword"
          label={passwordLabel}
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          value={newPassword}
          onValueChange={setNewPassword}
          error={fieldErrors.newPassword}
        />
        <SubmitButton isBusy={isBusy} busyText="Saving…">
          Save password
        </SubmitButton>
      </form>
    </Page>
  );
}
