import { useState } from 'react';
import { Link } from 'wouter';
import type { MemberMonth, TimeSummary } from '../../../contract/coach-time.ts';
import { coachTimeApi } from '../../api/coach-time.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatShortDay } from '../../format.ts';
import { formatMonth, minutesWords } from './time-words.ts';
import './coach-time.css';

const yesNo = (isMet: boolean) => (isMet ? 'Yes' : 'No');

function MemberRow({ member }: { member: MemberMonth }) {
  return (
    <tr>
      <th scope="row" data-label="Member">
        <Link href={`/coach/members/${encodeURIComponent(member.memberId)}/time`}>{member.name}</Link>
      </th>
      <td data-label="Days with data">
        {member.daysWithData} of 30
        <span className="time-summary__window">
          {formatShortDay(member.window.from)} – {formatShortDay(member.window.to)}
        </span>
      </td>
      <td data-label="Coach minutes">{minutesWords(member.minutes)}</td>
      <td data-label="Live contacts">{member.interactiveContacts}</td>
      <td data-label="Data on 16 of 30 days">{yesNo(member.isDataThresholdMet)}</td>
      <td data-label="20 minutes with a live contact">{yesNo(member.isManagementThresholdMet)}</td>
    </tr>
  );
}

function SummaryTable({ summary }: { summary: TimeSummary }) {
  if (summary.members.length === 0) return <p>No members share their data with you for this month.</p>;
  return (
    <table className="time-summary">
      <caption className="visually-hidden">
        Time and data for each member, {formatMonth(summary.month)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Days with data (last 30)</th>
          <th scope="col">Coach minutes</th>
          <th scope="col">Live contacts</th>
          <th scope="col">Data on 16 of 30 days</th>
          <th scope="col">20 minutes with a live contact</th>
        </tr>
      </thead>
      <tbody>
        {summary.members.map((member) => (
          <MemberRow key={member.memberId} member={member} />
        ))}
      </tbody>
    </table>
  );
}

/**
 * /coach/time: the month's time and data for each of the coach's members, the figures a clinic documents
 * remote monitoring with, and the same as a CSV file.
 */
export function CoachTimeScreen() {
  const [month, setMonth] = useState<string | undefined>();
  const summary = useApiData(() => coachTimeApi.summary(month));
  const shown = summary.status === 'ready' ? summary.data.month : month;

  function pick(value: string) {
    if (!/^\d{4}-\d{2}$/.test(value)) return;
    setMonth(value);
    summary.retry();
  }

  return (
    <Page title="Time this month" heading="Time and contacts" width="wide">
      <p>
        Days with data count the 30 days up to today (or to the month’s last day). Minutes and live contacts
        count this calendar month. The last two columns say whether the figures reach what US remote
        monitoring codes ask for; whether to bill is the clinic’s decision.
      </p>
      <div className="time-summary__controls">
        <div className="field">
          <label className="field__label" htmlFor="summary-month">
            Month
          </label>
          <input
            id="summary-month"
            type="month"
            className="input"
            value={shown ?? ''}
            onChange={(event) => pick(event.target.value)}
          />
        </div>
        {shown && (
          <a className="button button--secondary" href={coachTimeApi.csvUrl(shown)} download>
            Download CSV
          </a>
        )}
      </div>
      {summary.status === 'loading' && <Loading />}
      {summary.status === 'failed' && <LoadFailed problem={summary.problem} retry={summary.retry} />}
      {summary.status === 'ready' && (
        <>
          <h2 className="time-summary__heading">{formatMonth(summary.data.month)}</h2>
          <SummaryTable summary={summary.data} />
          {summary.data.membersNotSharing > 0 && (
            <p>
              {summary.data.membersNotSharing === 1
                ? '1 member does not share their data with you, so is not included.'
                : `${summary.data.membersNotSharing} members do not share their data with you, so are not included.`}
            </p>
          )}
          <p className="time-summary__zone">Months and days are the clinic’s ({summary.data.timeZone}).</p>
        </>
      )}
    </Page>
  );
}
