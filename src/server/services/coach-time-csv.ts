import type { TimeSummary } from '../../contract/coach-time.ts';
import { toCsv } from './export-csv.ts';

/**
 * The month's summary for the clinic as CSV, written as the member's export is (RFC 4180, CRLF, quoting,
 * and a text cell that would start a spreadsheet formula prefixed with '): one row per member.
 */
export function timeSummaryCsv(summary: TimeSummary): string {
  return toCsv(
    [
      'member_name',
      'member_id',
      'month',
      'data_window_from',
      'data_window_to',
      'days_with_data_in_30',
      'coach_minutes',
      'interactive_contacts',
      'data_on_16_of_30_days',
      'management_20_minutes_with_interactive_contact',
      'time_zone',
    ],
    summary.members.map((member) => [
      member.name,
      member.memberId,
      summary.month,
      member.window.from,
      member.window.to,
      member.daysWithData,
      member.minutes,
      member.interactiveContacts,
      member.isDataThresholdMet ? 'yes' : 'no',
      member.isManagementThresholdMet ? 'yes' : 'no',
      summary.timeZone,
    ]),
  );
}
