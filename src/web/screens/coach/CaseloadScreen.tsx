import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { CaseloadEntry, CaseloadQuery } from '../../../contract/caseload.ts';
import { caseloadApi } from '../../api/caseload.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import {
  adherenceWords,
  alertWords,
  attentionWords,
  lastWorkoutWords,
  painWords,
  phaseWords,
  unreadWords,
} from './caseload-words.ts';
import '../../coach.css';

type Filter = NonNullable<CaseloadQuery['filter']>;
/** The choices of the one filter control: the server's filters, and each phase. */
const CHOICES: { value: string; label: string; query: Pick<CaseloadQuery, 'filter' | 'phase'> }[] = [
  { value: 'all', label: 'Everyone', query: { filter: 'all' } },
  { value: 'needs-attention', label: 'Needs attention', query: { filter: 'needs-attention' } },
  { value: 'not-sharing', label: 'Not sharing', query: { filter: 'not-sharing' } },
  ...[1, 2, 3, 4, 5].map((phase) => ({
    value: `phase-${phase}`,
    label: `Phase ${phase}`,
    query: { filter: 'all' as Filter, phase },
  })),
];

const memberPath = (entry: CaseloadEntry) => `/coach/members/${encodeURIComponent(entry.memberId)}`;

function Attention({ entry }: { entry: CaseloadEntry }) {
  const words = entry.summary && attentionWords(entry.summary);
  return words ? <span className="caseload__attention">{words}</span> : null;
}

function CaseloadTable({ members }: { members: CaseloadEntry[] }) {
  return (
    <table className="caseload__table">
      <caption className="visually-hidden">Your members, those who need attention first</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Phase</th>
          <th scope="col">Workouts, last 4 weeks</th>
          <th scope="col">Last workout</th>
          <th scope="col">Pain this week</th>
          <th scope="col">Open alerts</th>
          <th scope="col">Messages</th>
        </tr>
      </thead>
      <tbody>
        {members.map((entry) => (
          <tr
            key={entry.memberId}
            className={entry.summary?.attention.length ? 'caseload__row--attention' : undefined}
          >
            <th scope="row">
              <Link href={memberPath(entry)}>{entry.name}</Link>
              <Attention entry={entry} />
            </th>
            {entry.summary ? (
              <>
                <td>{phaseWords(entry.summary)}</td>
                <td>{adherenceWords(entry.summary)}</td>
                <td>{lastWorkoutWords(entry.summary)}</td>
                <td>{painWords(entry.summary)}</td>
                <td>{alertWords(entry.summary)}</td>
                <td>{unreadWords(entry.summary)}</td>
              </>
            ) : (
              <td colSpan={6} className="caseload__not-sharing">
                Not sharing their health information with you
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** On a phone the same rows as cards, one member each. */
function CaseloadCards({ members }: { members: CaseloadEntry[] }) {
  return (
    <ul className="caseload__cards card-list">
      {members.map((entry) => (
        <li key={entry.memberId} className="card caseload__card">
          <h2 className="caseload__card-name">
            <Link href={memberPath(entry)}>{entry.name}</Link>
          </h2>
          <Attention entry={entry} />
          {entry.summary ? (
            <dl className="caseload__facts">
              <dt>Phase</dt>
              <dd>{phaseWords(entry.summary)}</dd>
              <dt>Workouts, last 4 weeks</dt>
              <dd>{adherenceWords(entry.summary)}</dd>
              <dt>Last workout</dt>
              <dd>{lastWorkoutWords(entry.summary)}</dd>
              <dt>Pain this week</dt>
              <dd>{painWords(entry.summary)}</dd>
              <dt>Open alerts</dt>
              <dd>{alertWords(entry.summary)}</dd>
              <dt>Messages</dt>
              <dd>{unreadWords(entry.summary)}</dd>
            </dl>
          ) : (
            <p className="caseload__not-sharing">Not sharing their health information with you</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The coach's home: every member assigned to them, those who need attention first. */
export function CaseloadScreen() {
  const [choice, setChoice] = useState('all');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const query = CHOICES.find((each) => each.value === choice)?.query ?? { filter: 'all' };
  const loaded = useApiData(() => caseloadApi.list({ ...query, ...(search ? { search } : {}) }));

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
    loaded.retry();
  };

  const isEmptyCaseload = loaded.status === 'ready' && loaded.data.counts.all === 0;
  return (
    <Page title="Caseload" heading="Your members" width="wide">
      {loaded.status === 'ready' && !isEmptyCaseload && (
        <p className="lead">
          {loaded.data.counts.all} {loaded.data.counts.all === 1 ? 'member' : 'members'}
          {loaded.data.counts.needsAttention > 0 &&
            `, ${loaded.data.counts.needsAttention} needing attention`}
          .
        </p>
      )}
      {!isEmptyCaseload && (
        <form className="caseload__controls" onSubmit={onSearch}>
          <div className="field">
            <label className="field__label" htmlFor="caseload-search">
              Find a member
            </label>
            <input
              id="caseload-search"
              className="input"
              type="search"
              maxLength={100}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary">
            Search
          </button>
          <div className="field">
            <label className="field__label" htmlFor="caseload-filter">
              Show
            </label>
            <select
              id="caseload-filter"
              className="input"
              value={choice}
              onChange={(event) => {
                setChoice(event.target.value);
                loaded.retry();
              }}
            >
              {CHOICES.map((each) => (
                <option key={each.value} value={each.value}>
                  {each.label}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {loaded.status === 'loading' && <Loading what="Loading your members" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {isEmptyCaseload && (
        <p className="lead">
          You have no members yet. An admin assigns members to you; they will appear here once assigned.
        </p>
      )}
      {loaded.status === 'ready' && !isEmptyCaseload && loaded.data.members.length === 0 && (
        <p>No member matches. Try another name, or show everyone.</p>
      )}
      {loaded.status === 'ready' && loaded.data.members.length > 0 && (
        <div className="caseload">
          <CaseloadTable members={loaded.data.members} />
          <CaseloadCards members={loaded.data.members} />
        </div>
      )}
    </Page>
  );
}
