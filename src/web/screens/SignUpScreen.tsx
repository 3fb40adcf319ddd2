import { type FormEvent, useState } from 'react';
import { Link, Redirect } from 'wouter';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { api } from '../api/endpoints.ts';
import { ConsentText } from '../components/ConsentText.tsx';
import {
  EmailField,
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  PasswordField,
  SubmitButton,
  TextField,
  useFormAction,
} from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { ResendConfirmation } from '../components/ResendConfirmation.tsx';
import { checkEmail, checkName, checkNewPassword, PASSWORD_HINT } from '../components/validation.ts';
import { useLoginSession } from '../login-session.tsx';
import { homePath } from '../navigation.ts';

const LABELS = { name: 'Your name', email: 'Email', password: 'Password' };

export function SignUpScreen() {
  const { state } = useLoginSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [hasConsented, setHasConsented] = useState(false);
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | undefined>();
  const { isBusy, problem, run } = useFormAction(async () => {
    await api.signUp({
      name: name.trim(),
      email: email.trim(),
      password,
      ...(hasConsented ? { healthConsentVersion: HEALTH_DATA_CONSENT.version } : {}),
    });
    setSentTo(email.trim());
  });

  if (state.status === 'signed-in') return <Redirect to={homePath(state.profile.role)} replace />;
  if (sentTo) return <CheckYourEmail email={sentTo} onStartAgain={() => setSentTo(undefined)} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {
      name: checkName(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    };
    const found = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
    setOwnErrors(found);
    if (Object.keys(found).length === 0) await run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);

  return (
    <Page title="Create an account">
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} />
        <TextField
          id="name"
          label="Your name"
          autoComplete="name"
          value={name}
          onValueChange={setName}
          error={fieldErrors.name}
        />
        <EmailField
          id="email"
          label="Email"
          autoComplete="email"
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
        />
        <PasswordField
          id="password"
          label="Password"
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={fieldErrors.password}
        />
        <fieldset className="consent">
          <legend className="consent__title">{HEALTH_DATA_CONSENT.title}</legend>
          <ConsentText />
          <label className="checkbox">
            <input
              type="checkbox"
              name="healthConsent"
              checked={hasConsented}
              onChange={(event) => setHasConsented(event.target.checked)}
              aria-describedby="consent-optional"
            />
            <span>I agree that Backstrong may store my health information as described above.</span>
          </label>
          <p className="field__hint" id="consent-optional">
            You can leave this unticked. Your account is still created, but Backstrong cannot keep your pain
            scores, workouts or progress until you agree. You can agree later on your Account page.
          </p>
        </fieldset>
        <SubmitButton isBusy={isBusy} busyText="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <ul className="links">
        <li>
          Already have an account? <Link href="/sign-in">Sign in</Link>
        </li>
      </ul>
    </Page>
  );
}

/**
 * After sign-up. The same whether or not the email already had an account (the server answers alike), so
 * it speaks of "a message", which holds either the link that opens the new account or a note to the owner.
 */
function CheckYourEmail({ email, onStartAgain }: { email: string; onStartAgain: () => void }) {
  return (
    <Page title="Check your email">
      <div className="prose">
        <p>
          We sent a message to <strong>{email}</strong>. Open the link in it within 24 hours to confirm that
          the email is yours and finish creating your account. The link signs you in, and you carry on setting
          up your plan.
        </p>
        <p>If nothing arrives in a few minutes, look in your spam or junk folder, or ask for a new link.</p>
      </div>
      <ResendConfirmation email={email} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onStartAgain}>
          Change the email
        </button>
      </div>
      <ul className="links">
        <li>
          Already confirmed? <Link href="/sign-in">Sign in</Link>
        </li>
      </ul>
    </Page>
  );
}
