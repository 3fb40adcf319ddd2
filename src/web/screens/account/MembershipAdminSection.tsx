import { membershipApi } from '../../api/membership.ts';
import { membershipAdminApi } from '../../api/membership-admin.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MemberTiers } from './membership-admin/MemberTiers.tsx';
import { RevenueFigures } from './membership-admin/RevenueFigures.tsx';
import { TierSettingsForm } from './membership-admin/TierSettingsForm.tsx';
import './membership-admin/membership-admin.css';

/** Today in the admin's own calendar, YYYY-MM-DD: the first day a comp may end on. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The admin's side of membership: the month's revenue, every member's tier with comps, and the tiers. */
export function MembershipAdminSection() {
  const tiers = useApiData(membershipApi.tiers);
  const revenue = useApiData(membershipAdminApi.revenue);
  const tierNames =
    tiers.status === 'ready'
      ? {
          free: tiers.data.tiers.find((tier) => tier.id === 'free')?.name ?? 'Free',
          premium: tiers.data.tiers.find((tier) => tier.id === 'premium')?.name ?? 'Premium',
        }
      : { free: 'Free', premium: 'Premium' };
  return (
    <>
      <section className="section card" aria-labelledby="membership-revenue-heading">
        <h2 id="membership-revenue-heading">Membership revenue</h2>
        {tiers.status === 'ready' && !tiers.data.isMembershipOn && (
          <p className="callout">
            Membership is off on this server (MEMBERSHIP=off): every member has everything, and nobody pays.
          </p>
        )}
        {revenue.status === 'loading' && <Loading what="Loading the revenue figures" />}
        {revenue.status === 'failed' && <LoadFailed problem={revenue.problem} retry={revenue.retry} />}
        {revenue.status === 'ready' && <RevenueFigures revenue={revenue.data} />}
      </section>
      <MemberTiers tierNames={tierNames} today={localToday()} onChanged={revenue.retry} />
      {tiers.status === 'loading' && <Loading what="Loading the tiers" />}
      {tiers.status === 'failed' && <LoadFailed problem={tiers.problem} retry={tiers.retry} />}
      {tiers.status === 'ready' && <TierSettingsForm tiers={tiers.data} onSaved={tiers.retry} />}
    </>
  );
}
