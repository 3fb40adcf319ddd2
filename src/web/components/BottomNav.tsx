import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

interface Tab {
  href: string;
  label: string;
  isCurrent(location: string): boolean;
  icon: ReactNode;
}

/** A line icon beside a tab's name; the name says it all, so the icon is hidden from screen readers. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      viewBox="0 0 24 24"
    >
      {children}
    </svg>
  );
}

const TABS: readonly Tab[] = [
  {
    href: '/today',
    label: 'Today',
    // Check-ups and the form check open from Today and the workout, so the tab stays lit there.
    isCurrent: (location) =>
      location === '/today' ||
      location.startsWith('/workout') ||
      location === '/check-in' ||
      location.startsWith('/measures') ||
      location.startsWith('/form-check'),
    icon: (
      <Icon>
        <rect x="3.5" y="5" width="17" height="15" rx="2.5" />
        <path d="M3.5 10h17M8 3v4M16 3v4" />
      </Icon>
    ),
  },
  {
    href: '/history',
    label: 'History',
    // "My progress" and its report open from History, so the tab stays lit there.
    isCurrent: (location) =>
      location === '/history' ||
      location.startsWith('/workouts/') ||
      location === '/progress' ||
      location === '/report',
    icon: (
      <Icon>
        <path d="M4 19h16M6 16l4-5 3 3 5-7" />
      </Icon>
    ),
  },
  {
    href: '/exercises',
    label: 'Exercises',
    isCurrent: (location) => location.startsWith('/exercises'),
    icon: (
      <Icon>
        <circle cx="7" cy="15" r="2.5" />
        <path d="M9.5 15.5 14 11l4 8M14 11l-1-5" />
      </Icon>
    ),
  },
  {
    href: '/learn',
    label: 'Learn',
    isCurrent: (location) => location === '/learn',
    icon: (
      <Icon>
        <path d="M4 5.5c2.5-1 5.5-1 8 1 2.5-2 5.5-2 8-1v13c-2.5-1-5.5-1-8 1-2.5-2-5.5-2-8-1z" />
        <path d="M12 6.5v13" />
      </Icon>
    ),
  },
  {
    href: '/settings',
    label: 'Settings',
    isCurrent: (location) => location === '/settings' || location === '/account',
    icon: (
      <Icon>
        <path d="M4 7h10M18 7h2M4 17h2M10 17h10" />
        <circle cx="16" cy="7" r="2" />
        <circle cx="8" cy="17" r="2" />
      </Icon>
    ),
  },
];

/** A member's main navigation, at the bottom of the screen where a thumb reaches it. */
export function BottomNav() {
  const [location] = useLocation();
  return (
    <nav aria-label="Main" className="tabbar">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="tabbar__link"
          aria-current={tab.isCurrent(location) ? 'page' : undefined}
        >
          {tab.icon}
          <span>{tab.label}</span>
        </Link>
      ))}
    </nav>
  );
}
