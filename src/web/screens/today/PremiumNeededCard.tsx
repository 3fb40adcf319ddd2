import { Link } from 'wouter';
import { formatDate } from '../../format.ts';

/**
 * The free weeks of the program are over: what that means, in plain words, and the way on. Nothing the
 * member did is lost, and the safety questions stay free.
 */
export function PremiumNeededCard({ freeUntil }: { freeUntil: string }) {
  return (
    <section className="card premium-needed" aria-labelledby="premium-needed-heading">
      <h2 id="premium-needed-heading">Your two free weeks are over</h2>
      <p>
        Since {formatDate(freeUntil)} the program carries on with premium, from exactly where you are. Every
        workout, check-up and score you have is kept, and comes with you.
      </p>
      <p>The safety questions, your morning check-ins, your data and your account stay free, always.</p>
      <Link href="/membership" className="button button--primary button--large">
        Learn more about premium membership
      </Link>
    </section>
  );
}
