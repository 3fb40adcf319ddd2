/** What every account has, whoever checks it: the server's schemas and the web app's forms. */
export const ROLES = ['member', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A coach's short introduction, as their members read it on their coach card: plain text. */
export const COACH_INTRO_MAX_LENGTH = 500;
