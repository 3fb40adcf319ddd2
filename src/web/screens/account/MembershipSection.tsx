import { Link } from 'wouter';
import { membershipApi } from '../../api/membership.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';

/** Account's line about the membership, with the way to the Membership screen. */
export function MembershipSection() {
  const loaded = useApiData(membershipApi.mine);
  if (loaded.status === 'ready' && !loaded.data.isMembershipOn) return null;
  return (
    <section className="section card" aria-labelledby="membership-heading">
      <h2 id="membership-heading">Membership</h2>
      {loaded.status === 'loading' && <Loading what="Loading your membership" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && (
        <p>
          {loaded.data.tier === 'premium' ? 'You are a premium member.' : 'You are on the free membership.'}{' '}
          <Link href="/membership">
            {loaded.data.tier === 'premium' ? 'Your membership' : 'Learn more about premium membership'}
          </Link>
        </p>
      )}
    </section>
  );
}
