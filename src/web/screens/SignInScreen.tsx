import { type FormEvent, useState } from 'react';
import { Link, Redirect, useSearchParams } from 'wouter';
import { api } from '../api/endpoints.ts';
import {
  EmailField,
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  Notice,
  PasswordField,
  SubmitButton,
  useFormAction,
} from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { ResendConfirmation } from '../components/ResendConfirmation.tsx';
import { useLoginSession } from '../login-session.tsx';
import { homePath, safeNextPath } from '../navigation.ts';

const LABELS = { email: 'Email', password: 'Password' };

export function SignInScreen() {
  const [searchParams] = useSearchParams();
  const { state, refresh } = useLoginSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.signIn({ email: email.trim(), password });
    // Once the login session knows who this is, the redirect below takes them on.
    await refresh();
  });

  if (state.status === 'signed-in') {
    return <Redirect to={safeNextPath(searchParams.get('next'), homePath(state.profile.role))} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = 'Enter your email address.';
    if (password === '') errors.password = 'Enter your password.';
    setOwnErrors(errors);
    if (Object.keys(errors).length === 0) await run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);
  const hasReset = searchParams.get('password') === 'saved';
  const hasInvalidEmailLink = searchParams.get('email-link') === 'invalid';
  const isUnconfirmed = problem?.is('email-not-verified') === true;
  const isSentFromAccount = searchParams.get('next') !== null;

  return (
    <Page title="Sign in">
      {hasReset && <Notice>Your password is saved. Sign in with it now.</Notice>}
      {isSentFromAccount && !hasReset && <p className="lead">Please sign in to see that page.</p>}
      {hasInvalidEmailLink && (
        <p className="lead">
          That confirmation link has expired or is not one of ours. Sign in, and if your email is not
          confirmed yet you can ask for a new link.
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} />
        <EmailField
          id="email"
          label="Email"
          autoComplete="username"
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
        />
        <PasswordField
          id="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={fieldErrors.password}
        />
        <SubmitButton isBusy={isBusy} busyText="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      {isUnconfirmed && <ResendConfirmation email={email.trim()} />}
      <ul className="links">
        <li>
          <Link href="/forgot-password">Forgotten your password?</Link>
        </li>
        <li>
          New to Backstrong? <Link href="/sign-up">Create an account</Link>
        </li>
      </ul>
    </Page>
  );
}
