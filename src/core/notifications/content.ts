/**
 * What each notification says and which screen it opens: one place for the wording, so the reminder jobs,
 * the in-app list and the week's report all say the same thing. Words are plain and warm; nothing private
 * goes in a title or body (a coach's message is not quoted), since a push shows on a locked phone.
 */
import { INSTRUMENT_NAMES, type InstrumentId, minutesWords } from '../outcomes/index.ts';
import type { Candidate } from './kinds.ts';

export interface NotificationWords {
  title: string;
  body: string;
  /** The app's screen it opens, such as /today. */
  path: string;
}

/** What the candidate alone does not say: a release's title, the alert a coach is told of. */
export interface ContentDetails {
  /** Titles of released pieces by cause (`publication:episode:slug`). */
  titles?: ReadonlyMap<string, string>;
  /** For a critical alert: whose it is and its reason, as the coach's queue shows it. */
  alert?: { memberName: string; reason: string };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? day;
}

export function contentOf(candidate: Candidate, details: ContentDetails = {}): NotificationWords {
  const { about } = candidate;
  switch (candidate.kind) {
    case 'workout-reminder':
      return {
        title: 'Time for today’s workout',
        body: 'Today is a training day: your workout is ready when you are.',
        path: '/today',
      };
    case 'morning-check-in':
      return {
        title: 'How is your back this morning?',
        body: `How is your back this morning, after ${weekdayOf(about)}’s workout? A quick check-in tells your plan how it went.`,
        path: '/check-in',
      };
    case 'check-up-due': {
      const instrumentId = about.split(':')[0] as InstrumentId;
      const names = INSTRUMENT_NAMES[instrumentId];
      return {
        title: 'A check-up is due',
        body: names
          ? `Your ${names.plain} is due (${minutesWords(names.minutes)}). It shows you and your coach how far you have come.`
          : 'A check-up is due. It shows you and your coach how far you have come.',
        path: names ? `/measures/${instrumentId}` : '/measures',
      };
    }
    case 'publication': {
      const title = details.titles?.get(`publication:${about}`);
      return {
        title: 'New from Backstrong',
        body: title ? `New from Backstrong: “${title}”.` : 'Something new from Backstrong is ready for you.',
        path: '/learn',
      };
    }
    case 'coach-message':
      return {
        title: 'Your coach wrote to you',
        body: 'Your coach has sent you a message. Read it when you have a moment.',
        path: '/messages',
      };
    case 'safety':
      return {
        title: 'About your safety',
        body: 'Please read this message about your back today.',
        path: '/today',
      };
    case 'critical-alert': {
      const alert = details.alert;
      return {
        title: 'A member may need you today',
        body: alert ? `${alert.memberName}: ${alert.reason}` : 'One of your members has a critical alert.',
        path: '/coach/alerts',
      };
    }
  }
}
