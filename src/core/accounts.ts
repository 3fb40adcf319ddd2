/** What every account has, whoever checks it: the server's schemas and the web app's forms. */
export const ROLES = ['member', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A coach's short introduction, as their members read it on their coach card: plain text. */
export const COACH_INTRO_MAX_LENGTH = 500;

/** The oldest date of birth the app takes: this many years before today. */
export const OLDEST_AGE_YEARS = 120;

/**
 * Whole years from a date of birth to `day` (both `YYYY-MM-DD`), as a clinician states an age: a year
 * more on each birthday, and someone born on 29 February turns a year older on 1 March in other years.
 */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}
