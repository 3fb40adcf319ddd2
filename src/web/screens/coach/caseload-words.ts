/** The caseload's figures in plain words, the same in the table and on the phone's cards. */
import type { CaseloadEntry } from '../../../contract/caseload.ts';
import { formatNumber, formatShortDay } from '../../format.ts';

type Summary = NonNullable<CaseloadEntry['summary']>;

const REASON_WORDS: Record<Summary['attention'][number], string> = {
  'urgent-alert': 'an urgent alert',
  'pain-above-usual': 'pain well above usual',
  'no-recent-workout': 'no workout for two weeks',
};

export function attentionWords(summary: Summary): string | null {
  if (summary.attention.length === 0) return null;
  const reasons = summary.attention.map((reason) => REASON_WORDS[reason]);
  const text = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`;
  return `Needs attention: ${text}`;
}

export function phaseWords(summary: Summary): string {
  return summary.phase === null ? 'No plan yet' : `Phase ${summary.phase}`;
}

export function adherenceWords({ adherence }: Summary): string {
  if (adherence.share === null) return 'None planned';
  return `${adherence.done} of ${adherence.planned} (${Math.round(adherence.share * 100)}%)`;
}

export function lastWorkoutWords(summary: Summary): string {
  if (summary.lastWorkoutOn === null) return 'None yet';
  const days = summary.daysWithoutWorkout;
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${formatShortDay(summary.lastWorkoutOn)} (${days} days ago)`;
}

export function painWords(summary: Summary): string {
  if (summary.painThisWeek === null) return 'No readings this week';
  const usual =
    summary.usualPain === null ? 'usual not known yet' : `usual ${formatNumber(summary.usualPain)}`;
  const worst =
    summary.worstPainThisWeek !== null && summary.worstPainThisWeek > summary.painThisWeek
      ? `, highest ${summary.worstPainThisWeek}`
      : '';
  return `${formatNumber(summary.painThisWeek)} (${usual}${worst})`;
}

export function alertWords({ openAlerts }: Summary): string {
  if (openAlerts.count === 0) return 'None';
  return openAlerts.count === 1
    ? `1 ${openAlerts.mostSevere}`
    : `${openAlerts.count}, most severe ${openAlerts.mostSevere}`;
}

export function unreadWords({ unreadMessages }: Summary): string {
  if (unreadMessages === 0) return 'None';
  return unreadMessages === 1 ? '1 unread' : `${unreadMessages} unread`;
}
