/**
 * Who coaches whom: the member's coach card and sharing, the coach's introduction, and the admin's
 * assignments. The shapes are the contract's (src/contract/coaching.ts), imported as types only.
 */
import type {
  CoachList,
  CoachProfile,
  MemberAssignment,
  MemberAssignmentList,
  MyCoach,
} from '../../contract/coaching.ts';
import type { Ok } from '../../contract/common.ts';
import { del, get, post, put } from './client.ts';

const memberCoachPath = (memberId: string) => `/api/admin/members/${encodeURIComponent(memberId)}/coach`;

export const coaching = {
  myCoach: () => get<MyCoach>('/api/me/coach'),
  askForCoach: () => post<MyCoach>('/api/me/coach-request'),
  shareWithCoach: (version: string) => put<Ok>('/api/me/coach-sharing', { version }),
  stopSharingWithCoach: () => del<Ok>('/api/me/coach-sharing'),
  coachProfile: () => get<CoachProfile>('/api/coach/profile'),
  changeCoachIntro: (intro: string) => put<CoachProfile>('/api/coach/profile', { intro }),
  coaches: () => get<CoachList>('/api/admin/coaches?limit=200'),
  members: (offset: number, limit = 50) =>
    get<MemberAssignmentList>(`/api/admin/members?limit=${limit}&offset=${offset}`),
  assignCoach: (memberId: string, coachId: string) =>
    put<MemberAssignment>(memberCoachPath(memberId), { coachId }),
  removeCoach: (memberId: string) => del<MemberAssignment>(memberCoachPath(memberId)),
};
