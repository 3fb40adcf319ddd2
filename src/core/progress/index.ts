/** A member's training progress: the shape the API serves and the pure function that builds it. */

export { buildTrainingProgress } from './build.ts';
export type * from './history.ts';
export type * from './types.ts';
