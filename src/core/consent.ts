/**
 * The consent to process health data. Asked at sign-up and recorded with its version and the time;
 * without it no health data is stored. Changing the text means a new version (members are asked again).
 */
export const HEALTH_DATA_CONSENT = {
  version: '2026-11-25',
  title: 'Your health information',
  text: [
    'Backstrong stores what you tell it about your back and your training: your answers to the safety questions, your pain scores, your workouts and your progress measures.',
    'We use this only to build and adjust your program and, if you choose a coach, to let that coach review it. We never sell it and never show it to anyone else.',
    'Camera form checks run on your device; video never leaves it.',
    'You can download all of it or delete your account and all of it at any time.',
  ],
} as const;

export function isCurrentConsentVersion(version: unknown): boolean {
  return version === HEALTH_DATA_CONSENT.version;
}

/**
 * The member's consent to share their health information with their coach: separate from storing it, and
 * revocable at any time; revoking ends the coach's access at once. Recorded with its version and time.
 */
export const COACH_SHARING_CONSENT = {
  version: '2026-12-03',
  title: 'Share your training with your coach',
  text: [
    'Your coach will see your plan, workouts, pain scores, check-ups, form-check results and the messages you send them, so they can spot when something needs attention and adjust your plan with you.',
    'Only the coach Backstrong assigns to you sees it. You can stop sharing at any time on your Account page; your coach then sees nothing more.',
  ],
} as const;

export function isCurrentCoachSharingVersion(version: unknown): boolean {
  return version === COACH_SHARING_CONSENT.version;
}

/**
 * What withdrawing the health-data consent means, said before the member confirms it: what stops, what is
 * kept and why, and how to delete everything instead. Kept here beside the consent it takes back.
 */
export const HEALTH_DATA_WITHDRAWAL = {
  title: 'Withdraw your consent?',
  stops: [
    'Backstrong stops recording anything new about your back and your training: no workouts, pain scores, check-ins or check-ups are kept from now on.',
    'Your coach can no longer see any of your training, and sharing with them stops. If you consent again, you choose again whether to share.',
  ],
  kept: 'What is already stored stays as it is, and nobody sees it, so you can still download it and, if you give your consent again, carry on where you left off.',
  erase: 'To delete all of it for good instead, delete your account under “Your data” below.',
} as const;
