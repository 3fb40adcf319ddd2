import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { type UnreadMessages, useUnreadMessages } from '../api/messages.ts';
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

/** Once the member has a coach (or messages from one wait unread). */
function hasMessagesLink(messages: UnreadMessages | undefined): messages is UnreadMessages {
  return messages !== undefined && (messages.hasCoach || messages.unread > 0);
}

/** "Messages", with how many from the coach are unread. */
function MessagesLink({ location, messages }: { location: string; messages: UnreadMessages }) {
  return (
    <Link
      href="/messages"
      className="topbar__link topbar__link--messages"
      aria-current={location === '/messages' ? 'page' : undefined}
    >
      {/* On a narrow phone an envelope stands for the word, so the bar stays on one line. */}
      <svg className="topbar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3" y="5.5" width="18" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m4 7 8 6 8-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      </svg>
      <span className="topbar__word">Messages</span>
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

/** A coach's own navigation: their members, the alerts to review, their time; never a member's tabs. */
function CoachNav({ location, isEditor }: { location: string; isEditor: boolean }) {
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
      {isEditor && <EditorLink location={location} />}
      <NavLink href="/account" isCurrent={location === '/account'}>
        Account
      </NavLink>
    </nav>
  );
}

/** For editors: the editing screens of the publication. */
function EditorLink({ location }: { location: string }) {
  return (
    <NavLink href="/editor" isCurrent={location.startsWith('/editor')}>
      Editor
    </NavLink>
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
  const messages = useUnreadMessages(location, isMember && !isOnboarding);
  const withMessages = hasMessagesLink(messages);
  const isCoach = isSignedIn && state.profile.role === 'coach';
  const isEditor = isSignedIn && state.profile.isEditor;
  return (
    // With messages too, a narrow phone shows the brand's mark instead of its name (still its link's name).
    <header className={withMessages ? 'topbar topbar--with-messages' : 'topbar'}>
      <div className="topbar__inner">
        {/* The homepage is the server's (the public site), so a plain link: a page load, not the router. */}
        <a href="/" className="topbar__brand">
          <BrandMark className="topbar__logo" />
          <span className="topbar__name">{APP_NAME}</span>
        </a>
        {isCoach ? (
          <CoachNav location={location} isEditor={isEditor} />
        ) : isMember ? (
          !isOnboarding && (
            <nav aria-label="Help and messages" className="topbar__nav">
              {withMessages && <MessagesLink location={location} messages={messages} />}
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
            {isEditor && <EditorLink location={location} />}
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
