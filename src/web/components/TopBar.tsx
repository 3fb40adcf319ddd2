import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLoginSession } from '../login-session.tsx';
import { BrandMark } from './BrandMark.tsx';
import { APP_NAME } from './Page.tsx';

function NavLink({ href, isCurrent, children }: { href: string; isCurrent: boolean; children: ReactNode }) {
  return (
    <Link href={href} className="topbar__link" aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** A coach's own navigation: their members, the alerts to review, their time; never a member's tabs. */
function CoachNav({ location }: { location: string }) {
  const isMemberPage = location === '/coach' || location.startsWith('/coach/members');
  return (
    <nav aria-label="Main" className="topbar__nav">
      <NavLink href="/coach" isCurrent={isMemberPage}>
        Caseload
      </NavLink>
      <NavLink href="/coach/alerts" isCurrent={location.startsWith('/coach/alerts')}>
        Alerts
      </NavLink>
      <NavLink href="/coach/time" isCurrent={location.startsWith('/coach/time')}>
        Time
      </NavLink>
      <NavLink href="/account" isCurrent={location === '/account'}>
        Account
      </NavLink>
    </nav>
  );
}

/**
 * The bar at the top. A member's main navigation is the bar at the bottom, within reach of a thumb; up
 * here they always find "Symptoms changed?", the way back to the safety questions. A coach's navigation
 * is up here, as on a laptop.
 */
export function TopBar({ isOnboarding = false }: { isOnboarding?: boolean }) {
  const [location] = useLocation();
  const { state } = useLoginSession();
  const isSignedIn = state.status === 'signed-in';
  const isMember = isSignedIn && state.profile.role === 'member';
  const isCoach = isSignedIn && state.profile.role === 'coach';
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <Link href="/" className="topbar__brand">
          <BrandMark className="topbar__logo" />
          {APP_NAME}
        </Link>
        {isCoach ? (
          <CoachNav location={location} />
        ) : isMember ? (
          !isOnboarding && (
            <Link
              href="/symptoms"
              className="topbar__link topbar__link--help"
              aria-current={location === '/symptoms' ? 'page' : undefined}
            >
              Symptoms changed?
            </Link>
          )
        ) : (
          <nav aria-label="Main" className="topbar__nav">
            <NavLink href="/exercises" isCurrent={location.startsWith('/exercises')}>
              Exercises
            </NavLink>
            {state.status === 'loading' ? null : isSignedIn ? (
              <NavLink href="/account" isCurrent={location === '/account'}>
                Account
              </NavLink>
            ) : (
              <NavLink href="/sign-in" isCurrent={location === '/sign-in'}>
                Sign in
              </NavLink>
            )}
          </nav>
        )}
      </div>
    </header>
  );
}
