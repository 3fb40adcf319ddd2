import type { CoachMemberProfile } from '../../../contract/coaching.ts';
import { formatDate, formatShortDay } from '../../format.ts';

/** Who the member is and whether they may train, above every tab of their detail. */
export function MemberHeader({ profile }: { profile: CoachMemberProfile }) {
  const { plan, pause, hold } = profile;
  return (
    <header className="member-header">
      <p className="member-header__name">{profile.name}</p>
      <p className="member-header__email">{profile.email}</p>
      <p className="member-header__facts">
        {plan ? (
          <>
            <span>
              Phase {plan.phase.number} of 5: {plan.phase.name}
            </span>
            <span>Training since {formatDate(plan.startedOn)}</span>
            <span>
              {plan.lastWorkoutOn ? `Last workout ${formatShortDay(plan.lastWorkoutOn)}` : 'No workout yet'}
            </span>
          </>
        ) : (
          <span>No plan yet: the assessment is not done.</span>
        )}
      </p>
      {hold && (
        <p className="callout callout--caution member-header__state">
          <strong>On a safety hold since {formatShortDay(hold.since)}.</strong> {hold.message} No workouts
          until a doctor has cleared them.
        </p>
      )}
      {pause && !hold && (
        <p className="callout callout--caution member-header__state">
          <strong>Plan paused since {formatShortDay(pause.since)}.</strong> {pause.message}
        </p>
      )}
    </header>
  );
}
