import type { Profile } from '../../contract/account.ts';
import { FormAlert, useFormAction } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { goToHomepage } from '../homepage.ts';
import { useLoginSession } from '../login-session.tsx';
import { APP_RELEASE } from '../release.ts';
import { AdminSection } from './account/AdminSection.tsx';
import { ChangePasswordSection } from './account/ChangePasswordSection.tsx';
import { CoachCardSection } from './account/CoachCardSection.tsx';
import { CoachIntroSection } from './account/CoachIntroSection.tsx';
import { ConsentSection } from './account/ConsentSection.tsx';
import { DateOfBirthSection } from './account/DateOfBirthSection.tsx';
import { MembershipSection } from './account/MembershipSection.tsx';
import { MessagesSection } from './account/MessagesSection.tsx';
import { ROLE_WORDS } from './account/role-words.ts';
import { YourDataSection } from './account/YourDataSection.tsx';

function DetailsSection({ profile }: { profile: Profile }) {
  const { signOut } = useLoginSession();
  const { isBusy, problem, run } = useFormAction(() => signOut(() => goToHomepage('signed-out')));
  return (
    <section className="section card" aria-labelledby="details-heading">
      <h2 id="details-heading">Your details</h2>
      <dl className="details">
        <div>
          <dt>Name</dt>
          <dd>{profile.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{profile.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd data-testid="role">{ROLE_WORDS[profile.role]}</dd>
        </div>
        <div>
          <dt>App version</dt>
          <dd data-testid="app-version">{APP_RELEASE}</dd>
        </div>
      </dl>
      <FormAlert problem={problem} />
      <button type="button" className="button button--secondary" aria-disabled={isBusy} onClick={() => run()}>
        {isBusy ? 'Signing out…' : 'Sign out'}
      </button>
    </section>
  );
}

export function AccountScreen() {
  const { state } = useLoginSession();
  // RequireSignIn only shows this screen to someone signed in.
  if (state.status !== 'signed-in') return null;
  const { profile } = state;
  return (
    <Page title="Your account">
      <DetailsSection profile={profile} />
      {profile.role === 'member' && <MembershipSection />}
      {profile.role === 'member' && <DateOfBirthSection profile={profile} />}
      {profile.role === 'member' && <MessagesSection />}
      <ConsentSection profile={profile} />
      {profile.role === 'member' && <CoachCardSection profile={profile} />}
      {profile.role === 'coach' && <CoachIntroSection />}
      <ChangePasswordSection />
      {profile.role === 'admin' && <AdminSection />}
      {profile.role === 'member' && <YourDataSection />}
    </Page>
  );
}
