/** A member's training progress: the shape the API serves and the pure function that builds it. */

export { buildTrainingProgress } from './build.ts';
export type * from './history.ts';
export {
  FRESH_DAYS,
  type Milestone,
  type MilestoneKind,
  MOST_AT_ONCE,
  milestonesToCelebrate,
  reachedMilestones,
} from './milestones.ts';
export type * from './types.ts';
