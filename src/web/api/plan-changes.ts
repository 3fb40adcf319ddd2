/** A coach's reads and writes of one member's plan. Types only from the contract: no Zod in the app. */
import type { PlanView } from '../../contract/plan.ts';
import type { PlanChangeAnswer, PlanChangeBody } from '../../contract/plan-changes.ts';
import { get, post } from './client.ts';

const memberPath = (memberId: string) => `/api/coach/members/${encodeURIComponent(memberId)}`;

export const planChanges = {
  plan: (memberId: string) => get<PlanView>(`${memberPath(memberId)}/plan`),
  change: (memberId: string, body: PlanChangeBody) =>
    post<PlanChangeAnswer>(`${memberPath(memberId)}/plan-changes`, body),
};
