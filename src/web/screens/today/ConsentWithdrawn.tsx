import { Link } from 'wouter';
import { Page } from '../../components/Page.tsx';

/** Today for a member who withdrew their consent: nothing to train with here until they give it again. */
export function ConsentWithdrawn() {
  return (
    <Page title="Today">
      <div className="callout" data-testid="consent-withdrawn">
        <p>
          You withdrew your consent to store your health information, so Backstrong is not recording your
          training for now. Your plan and everything you did before are kept as they were.
        </p>
        <p>Whenever you want to carry on, you can give your consent again on your Account page.</p>
      </div>
      <div className="actions">
        <Link href="/account" className="button button--primary">
          Go to your Account
        </Link>
      </div>
    </Page>
  );
}
