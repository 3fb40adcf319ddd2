import { type FormEvent, useState } from 'react';
import type { MembershipMembers, MemberWithTier } from '../../../../contract/membership-admin.ts';
import { membershipAdminApi } from '../../../api/membership-admin.ts';
import { useApiData } from '../../../api/useApiData.ts';
import { FormAlert, Notice, TextField, useFormAction } from '../../../components/forms.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { CompForm } from './CompForm.tsx';
import { tierReasonLine } from './membership-admin-words.ts';

const SEARCH_MAX_LENGTH = 100;

export interface TierNames {
  free: string;
  premium: string;
}

/** The pages shown so far, asked for again in order (after a change, each member shows what is now true). */
async function loadPages(search: string, pageCount: number): Promise<MembershipMembers> {
  const members: MemberWithTier[] = [];
  let next: string | null = null;
  for (let page = 0; page < pageCount; page += 1) {
    const answer: MembershipMembers = await membershipAdminApi.members({ after: next, search });
    members.push(...answer.members);
    next = answer.next;
    if (next === null) break;
  }
  return { members, next };
}

function MemberRow({
  member,
  tierNames,
  today,
  onChanged,
}: {
  member: MemberWithTier;
  tierNames: TierNames;
  today: string;
  onChanged(message: string): void;
}) {
  const [isGranting, setIsGranting] = useState(false);
  const ending = useFormAction(async () => {
    await membershipAdminApi.endComp(member.id);
    onChanged(`${member.name}’s comp has ended.`);
  });
  const isCompInForce = member.comp?.isInForce === true;
  return (
    <li className="account-list__item membership-member" data-testid="membership-member">
      <span className="account-list__name">{member.name}</span>
      <span className="account-list__email">{member.email}</span>
      <span className="membership-member__tier">
        <span className={`tier-badge tier-badge--${member.tier}`}>{tierNames[member.tier]}</span>
        <span className="account-list__meta">{tierReasonLine(member)}</span>
      </span>
      <FormAlert problem={ending.problem} />
      {isGranting ? (
        <CompForm
          member={member}
          today={today}
          onCancel={() => setIsGranting(false)}
          onGranted={(message) => {
            setIsGranting(false);
            onChanged(message);
          }}
        />
      ) : (
        <div className="membership-member__actions">
          <button type="button" className="button button--secondary" onClick={() => setIsGranting(true)}>
            {isCompInForce ? 'Change comp' : 'Grant premium'}
            <span className="visually-hidden"> for {member.name}</span>
          </button>
          {isCompInForce && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={ending.isBusy}
              onClick={() => void ending.run()}
            >
              {ending.isBusy ? 'Ending…' : 'End comp'}
              <span className="visually-hidden"> for {member.name}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Every member with their tier and why, found by name or email, with comps granted and ended here. */
export function MemberTiers({
  tierNames,
  today,
  onChanged,
}: {
  tierNames: TierNames;
  today: string;
  onChanged(): void;
}) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [searchError, setSearchError] = useState<string | undefined>();
  const [pageCount, setPageCount] = useState(1);
  const [changed, setChanged] = useState<string | undefined>();
  const members = useApiData(() => loadPages(search, pageCount));

  function find(event: FormEvent) {
    event.preventDefault();
    const text = typed.trim();
    if (text.length > SEARCH_MAX_LENGTH) {
      setSearchError(`Search with at most ${SEARCH_MAX_LENGTH} characters.`);
      return;
    }
    setSearchError(undefined);
    setChanged(undefined);
    setSearch(text);
    setPageCount(1);
    members.retry();
  }

  return (
    <section className="section card" aria-labelledby="membership-members-heading">
      <h2 id="membership-members-heading">Members’ tiers</h2>
      <p>Each member’s tier now and why. A comp gives premium by hand, whatever the member pays.</p>
      <form className="membership-search" onSubmit={find} noValidate>
        <TextField
          id="membership-search"
          label="Find a member"
          hint="Part of a name or email address."
          type="search"
          autoComplete="off"
          value={typed}
          onValueChange={setTyped}
          error={searchError}
        />
        <button type="submit" className="button button--secondary">
          Find
        </button>
      </form>
      {changed && <Notice>{changed}</Notice>}
      {members.status === 'loading' && <Loading what="Loading the members" />}
      {members.status === 'failed' && <LoadFailed problem={members.problem} retry={members.retry} />}
      {members.status === 'ready' && (
        <>
          {members.data.members.length === 0 ? (
            <p role="status">{search ? `No member matches “${search}”.` : 'No members yet.'}</p>
          ) : (
            <ul className="account-list" aria-label="Members and their tiers">
              {members.data.members.map((member) => (
                <MemberRow
                  key={`${member.id}:${member.reason}:${member.until}`}
                  member={member}
                  tierNames={tierNames}
                  today={today}
                  onChanged={(message) => {
                    setChanged(message);
                    members.retry();
                    onChanged();
                  }}
                />
              ))}
            </ul>
          )}
          {members.data.next !== null && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPageCount((count) => count + 1);
                members.retry();
              }}
            >
              Show more members
            </button>
          )}
        </>
      )}
    </section>
  );
}
