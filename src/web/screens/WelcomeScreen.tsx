import { Link } from 'wouter';
import { Notice } from '../components/forms.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { useLoginSession } from '../login-session.tsx';

/** Set in history state by the Account screen's Sign out and Delete buttons. */
export interface WelcomeHistoryState {
  hasSignedOut?: boolean;
  hasDeletedAccount?: boolean;
}

function leavingState(): WelcomeHistoryState {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as WelcomeHistoryState) : {};
}

export function WelcomeScreen() {
  const { state } = useLoginSession();
  if (state.status === 'loading') return <Loading />;
  const isSignedIn = state.status === 'signed-in';
  return (
    <Page title="Welcome" heading="Stronger hips, an easier back">
      {!isSignedIn && leavingState().hasSignedOut === true && (
        <Notice>You have signed out. See you next time.</Notice>
      )}
      {!isSignedIn && leavingState().hasDeletedAccount === true && (
        <Notice>
          Your account and everything in it are deleted, on our server and on this device. Look after your
          back.
        </Notice>
      )}
      <div className="prose">
        <p className="lead">
          Backstrong is a calm, step-by-step program for people who have lived with low back pain for a long
          time.
        </p>
        <p>
          Five simple exercises make the muscles around your hips stronger, so they take work off your back.
          You start with small, comfortable movements and go a little further only when you are ready.
        </p>
      </div>
      {isSignedIn ? (
        <div className="actions">
          <Link href="/exercises" className="button button--primary">
            Go to the exercises
          </Link>
        </div>
      ) : (
        <>
          <div className="actions">
            <Link href="/sign-up" className="button button--primary">
              Create an account
            </Link>
            <Link href="/sign-in" className="button button--secondary">
              Sign in
            </Link>
          </div>
          <p className="aside">
            Just looking? <Link href="/exercises">See the five exercises</Link>.
          </p>
        </>
      )}
    </Page>
  );
}
