import { type FormEvent, useState } from 'react';
import type { CoachSummary, MemberAssignment } from '../../../contract/coaching.ts';
import { coaching } from '../../api/coaching.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, Notice, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';

const PAGE_SIZE = 50;
/** The picker's value for "this member has no coach". */
const NO_COACH = '';

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));
}

function coachWords(coach: CoachSummary): string {
  return `${coach.name} (${coach.memberCount} ${coach.memberCount === 1 ? 'member' : 'members'})`;
}

/** One member with a coach picker: choosing and saving assigns, reassigns or takes the coach away. */
function MemberRow({
  member,
  coaches,
  onSaved,
}: {
  member: MemberAssignment;
  coaches: CoachSummary[];
  onSaved(message: string): void;
}) {
  const [coachId, setCoachId] = useState(member.coach?.id ?? NO_COACH);
  const { isBusy, problem, run } = useFormAction(async () => {
    if (coachId === NO_COACH) {
      await coaching.removeCoach(member.id);
      onSaved(`${member.name} has no coach now.`);
    } else {
      const saved = await coaching.assignCoach(member.id, coachId);
      onSaved(`${member.name}’s coach is now ${saved.coach?.name}.`);
    }
  });
  const pickerId = `coach-for-${member.id}`;
  const isUnchanged = coachId === (member.coach?.id ?? NO_COACH);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isUnchanged) void run();
  }

  return (
    <li className="account-list__item member-coach" data-testid="member-coach-row">
      <span className="account-list__name">{member.name}</span>
      <span className="account-list__email">{member.email}</span>
      <span className="account-list__meta">
        {member.coachRequestedAt
          ? `Asked for a coach on ${formatDate(member.coachRequestedAt)}`
          : member.coach
            ? `Coach: ${member.coach.name}`
            : 'No coach'}
      </span>
      <form className="member-coach__form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} />
        <label className="field__label" htmlFor={pickerId}>
          Coach for {member.name}
        </label>
        <div className="member-coach__controls">
          <select
            id={pickerId}
            className="input"
            value={coachId}
            onChange={(event) => setCoachId(event.target.value)}
          >
            <option value={NO_COACH}>No coach</option>
            {coaches.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coachWords(coach)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary" aria-disabled={isBusy || isUnchanged}>
            {isBusy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </li>
  );
}

/** The admin's view of who coaches whom: members who asked for a coach first, each with a coach picker. */
export function MembersAndCoachesSection() {
  const [offset, setOffset] = useState(0);
  const [saved, setSaved] = useState<string | undefined>();
  const coaches = useApiData(coaching.coaches);
  const members = useApiData(() => coaching.members(offset, PAGE_SIZE));

  function turnPage(to: number) {
    setSaved(undefined);
    setOffset(to);
    members.retry();
  }

  return (
    <section className="section card" aria-labelledby="members-coaches-heading">
      <h2 id="members-coaches-heading">Members and coaches</h2>
      <p>Members who asked for a coach come first, the longest waiting at the top.</p>
      {saved && <Notice>{saved}</Notice>}
      {(members.status === 'loading' || coaches.status === 'loading') && (
        <Loading what="Loading the members" />
      )}
      {members.status === 'failed' && <LoadFailed problem={members.problem} retry={members.retry} />}
      {coaches.status === 'failed' && <LoadFailed problem={coaches.problem} retry={coaches.retry} />}
      {members.status === 'ready' && coaches.status === 'ready' && (
        <>
          {coaches.data.coaches.length === 0 && (
            <p className="callout">There are no coaches yet. Invite one above to assign members.</p>
          )}
          {members.data.members.length === 0 ? (
            <p>No members yet.</p>
          ) : (
            <ul className="account-list" aria-label="Members and their coaches">
              {members.data.members.map((member) => (
                <MemberRow
                  // A new key after each save, so the picker starts from what the server now holds.
                  key={`${member.id}:${member.coach?.id ?? NO_COACH}`}
                  member={member}
                  coaches={coaches.data.coaches}
                  onSaved={(message) => {
                    setSaved(message);
                    members.retry();
                    coaches.retry();
                  }}
                />
              ))}
            </ul>
          )}
          {members.data.total > PAGE_SIZE && (
            <nav className="member-coach__pages" aria-label="Pages of members">
              <p>
                Members {offset + 1}–{Math.min(offset + PAGE_SIZE, members.data.total)} of{' '}
                {members.data.total}
              </p>
              {offset > 0 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => turnPage(offset - PAGE_SIZE)}
                >
                  Previous members
                </button>
              )}
              {offset + PAGE_SIZE < members.data.total && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => turnPage(offset + PAGE_SIZE)}
                >
                  Next members
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
