import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/endpoints.ts';
import {
  EmailField,
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  useFormAction,
} from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { checkEmail } from '../components/validation.ts';

const LABELS = { email: 'Email' };

export function ForgotPasswordScreen() {
  const [email, setEmail] = useState('');
  const [sentMessage, setSentMessage] = useState<string | undefined>();
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    const { message } = await api.requestPasswordReset({ email: email.trim() });
    setSentMessage(message);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const emailError = checkEmail(email);
    setOwnErrors(emailError ? { email: emailError } : {});
    if (!emailError) await run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);

  if (sentMessage) {
    return (
      <Page title="Check your email">
        <Notice>
          <p>{sentMessage}</p>
        </Notice>
        <div className="prose">
          <p>
            We sent it to <strong>{email.trim()}</strong>. Open the link within one hour to choose a new
            password.
          </p>
          <p>If nothing arrives in a few minutes, look in your spam or junk folder.</p>
        </div>
        <div className="actions">
          <Link href="/sign-in" className="button button--secondary">
            Back to sign in
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Forgotten your password?">
      <p className="lead">
        Enter the email you signed up with. We will send you a link to choose a new password.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} />
        <EmailField
          id="email"
          label="Email"
          autoComplete="email"
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
        />
        <SubmitButton isBusy={isBusy} busyText="Sending…">
          Send me a link
        </SubmitButton>
      </form>
      <ul className="links">
        <li>
          Remembered it? <Link href="/sign-in">Sign in</Link>
        </li>
      </ul>
    </Page>
  );
}
