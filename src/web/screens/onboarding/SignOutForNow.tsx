import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { goToHomepage } from '../../homepage.ts';
import { useLoginSession } from '../../login-session.tsx';

/**
 * Signing out halfway through setting up. Signing out keeps what is stored on the phone (only erasing the
 * account deletes it), so the answers so far (draft.ts) wait here for the member's next sign-in.
 */
export function SignOutForNow() {
  const { signOut } = useLoginSession();
  const { isBusy, problem, run } = useFormAction(() => signOut(() => goToHomepage('signed-out')));
  return (
    <aside className="sign-out-for-now" aria-label="Stop for now">
      {problem && <FormAlert problem={problem} />}
      <p id="sign-out-for-now-hint" className="sign-out-for-now__hint">
        Need to stop? Your answers so far stay on this phone, and you carry on from here when you sign in
        again.
      </p>
      <button
        type="button"
        className="button button--quiet"
        aria-describedby="sign-out-for-now-hint"
        aria-disabled={isBusy}
        onClick={() => run()}
      >
        {isBusy ? 'Signing out…' : 'Sign out'}
      </button>
    </aside>
  );
}
