import type { Role } from '../../api/endpoints.ts';

export const ROLE_WORDS: Record<Role, string> = {
  member: 'Member',
  coach: 'Coach',
  admin: 'Administrator',
};
