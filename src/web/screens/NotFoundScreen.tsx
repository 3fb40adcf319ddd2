import { Link } from 'wouter';
import { Page } from '../components/Page.tsx';

export function NotFoundScreen() {
  return (
    <Page title="Page not found" heading="We cannot find this page">
      <p className="lead">The address may have a typing mistake, or the page may have moved.</p>
      <div className="actions">
        <a href="/" className="button button--primary">
          Go to the start
        </a>
        <Link href="/exercises" className="button button--secondary">
          See the exercises
        </Link>
      </div>
    </Page>
  );
}
