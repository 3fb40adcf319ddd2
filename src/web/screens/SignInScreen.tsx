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
import { homePath, safeNextPath } from '../navigation.ts';
import { useSession } from '../session.tsx';

const LABELS = { email: 'Email', password: 'Password' };

export function SignInScreen() {
  const [searchParams] = useSearchParams();
  const { state, refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.signIn({ email: email.trim(), password });
    // Once the session knows who this is, the redirect below takes them on.
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
  const isSentFromAccount = searchParams.get('next') !== null;

  return (
    <Page title="Sign in">
      {hasReset && <Notice>Your password is saved. Sign in with it now.</Notice>}
      {isSentFromAccount && !hasReset && <p className="lead">Please sign in to see that page.</p>}
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
