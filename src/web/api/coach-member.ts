/** What only a coach's view of a member needs beyond the member's own reads (member-paths.ts). */
import type { CoachMemberProfile } from '../../contract/coaching.ts';
import { get } from './client.ts';
import { memberApiPath } from './member-paths.ts';

export const coachMemberApi = {
  profile: (memberId: string) => get<CoachMemberProfile>(memberApiPath(memberId, '/profile')),
};
