import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useUnreadMessages } from '../api/messages.ts';
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

/** "Messages", with how many from the coach are unread: shown once the member has a coach. */
function MessagesLink({ location }: { location: string }) {
  const messages = useUnreadMessages(location, true);
  if (!messages || (!messages.hasCoach && messages.unread === 0)) return null;
  return (
    <Link
      href="/messages"
      className="topbar__link"
      aria-current={location === '/messages' ? 'page' : undefined}
    >
      Messages
      {messages.unread > 0 && ' '}
      {messages.unread > 0 && (
        <span className="topbar__badge" data-testid="unread-messages">
          {messages.unread}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
    </Link>
  );
}

/**
 * The bar at the top. A member's main navigation is the bar at the bottom, within reach of a thumb; up
 * here they always find "Symptoms changed?", the way back to the safety questions.
 */
export function TopBar({ isOnboarding = false }: { isOnboarding?: boolean }) {
  const [location] = useLocation();
  const { state } = useLoginSession();
  const isSignedIn = state.status === 'signed-in';
  const isMember = isSignedIn && state.profile.role === 'member';
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <Link href="/" className="topbar__brand">
          <BrandMark className="topbar__logo" />
          {APP_NAME}
        </Link>
        {isMember ? (
          !isOnboarding && (
            <nav aria-label="Help and messages" className="topbar__nav">
              <MessagesLink location={location} />
              <Link
                href="/symptoms"
                className="topbar__link topbar__link--help"
                aria-current={location === '/symptoms' ? 'page' : undefined}
              >
                Symptoms changed?
              </Link>
            </nav>
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
