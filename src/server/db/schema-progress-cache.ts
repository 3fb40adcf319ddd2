import type { CalendarDate } from './column-types.ts';

/** Kept training progress and the member data version it stands for (migration 0029, services/progress-cache.ts). */

/** Moved on by a trigger on every write to the rows progress is built from (migration 0029). */
export interface MemberDataVersionsTable {
  user_id: string;
  /** bigint: text from pg, a number from PGlite. */
  version: string | number;
}

/** A member's training progress as last built, and what it was built from (migration 0029). */
export interface ProgressCacheTable {
  user_id: string;
  version: string | number;
  today: CalendarDate;
  disability: string;
  code: string;
  /** The answer's JSON text. */
  body: string;
}
