import type { NotificationKind } from '../../../core/notifications/kinds.ts';

/** Each kind as the member reads it in their settings: a name and one plain sentence on what it is. */
export const KIND_WORDS: Record<NotificationKind, { name: string; what: string }> = {
  'workout-reminder': {
    name: 'Workout reminders',
    what: 'On your training days, at your reminder time, if you have not trained yet.',
  },
  'morning-check-in': {
    name: 'Morning check-in',
    what: 'The morning after a workout: how your back feels, so your next workout fits.',
  },
  'check-up-due': {
    name: 'Check-ups due',
    what: 'When a short questionnaire or test is due, to see how far you have come.',
  },
  publication: {
    name: 'New episode and article',
    what: 'On Sundays, when the week’s podcast episode and article are out.',
  },
  'coach-message': {
    name: 'Messages from your coach',
    what: 'When your coach writes to you.',
  },
  safety: {
    name: 'Safety messages',
    what: 'When something you told us means you should get help or pause. Always on.',
  },
  'critical-alert': {
    name: 'Urgent alerts to your coach',
    what: 'When something you told us means your coach should contact you today, they hear at once. Always on.',
  },
};
