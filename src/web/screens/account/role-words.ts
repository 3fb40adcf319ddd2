import type { Role } from '../../../contract/account.ts';

export const ROLE_WORDS: Record<Role, string> = {
  member: 'Member',
  coach: 'Coach',
  admin: 'Administrator',
};
