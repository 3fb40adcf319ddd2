import { Link, useLocation } from 'wouter';
import { coachMemberPath } from '../../api/member-paths.ts';

/** The member's detail, tab by tab (the agreed paths under /coach/members/{id}). */
export const MEMBER_TABS = [
  { path: '', name: 'Overview' },
  { path: '/progress', name: 'Progress' },
  { path: '/workouts', name: 'Workouts' },
  { path: '/decisions', name: 'Decisions' },
  { path: '/check-ups', name: 'Check-ups' },
  { path: '/report', name: 'Report' },
  { path: '/messages', name: 'Messages' },
  { path: '/plan', name: 'Plan' },
  { path: '/time', name: 'Time' },
] as const;

export function MemberTabs({ memberId }: { memberId: string }) {
  const [location] = useLocation();
  const base = coachMemberPath(memberId);
  return (
    <nav className="member-tabs" aria-label="This member">
      <ul>
        {MEMBER_TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const isCurrent =
            tab.path === '' ? location === base : location === href || location.startsWith(`${href}/`);
          return (
            <li key={tab.name}>
              <Link href={href} aria-current={isCurrent ? 'page' : undefined} className="member-tabs__tab">
                {tab.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
