import type { SafetyHold } from '../../contract/plan.ts';
import { ClearanceForm } from '../components/ClearanceForm.tsx';
import { Page } from '../components/Page.tsx';
import { formatDay, localDay } from '../format.ts';
import { useLoginSession } from '../login-session.tsx';
import { useSafetyHold } from '../safety-hold.tsx';

/**
 * What a member on a safety hold sees, whatever screen they open, on any device: what their answers
 * mean and what to do now, then the one way on, once a doctor has assessed them.
 */
export function HoldScreen({ hold }: { hold: SafetyHold }) {
  const { refresh } = useSafetyHold();
  const { signOut } = useLoginSession();
  const isEmergency = hold.outcome === 'emergency';
  const heading = isEmergency ? 'Please get medical help now' : 'Please see a doctor before you exercise';
  // The last step is always the way on; the ones before it are what to do now.
  const steps = hold.whatToDo.slice(0, -1);
  const tellUs = hold.whatToDo.at(-1);
  return (
    <Page title={heading} heading={heading}>
      {isEmergency ? (
        <div className="emergency" role="alert">
          <p className="emergency__message">{hold.message}</p>
          <ul>
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="callout callout--caution">
          <p>{hold.message}</p>
          <p>Until then, please do not do any of the exercises.</p>
        </div>
      )}
      <section className="hold__clearance" aria-labelledby="clearance-heading">
        <h2 id="clearance-heading">After a doctor has seen you</h2>
        <p>
          {tellUs} You answered the safety questions on {formatDay(localDay(new Date(hold.since)))}.
        </p>
        <ClearanceForm hold={hold} onCleared={() => void refresh()} />
      </section>
      <button
        type="button"
        className="button button--secondary hold__sign-out"
        onClick={() => void signOut()}
      >
        Sign out
      </button>
    </Page>
  );
}
