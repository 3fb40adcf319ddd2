import type { Optional, Timestamp } from './column-types.ts';

/** A premium member's private podcast feed (migration 0023): its token, and the recent uses by address. */

/** One per member; a reset replaces the token in place, so the old URL stops at once. */
export interface PrivateFeedTokensTable {
  user_id: string;
  /** 32 random bytes, base64url: kept as it is so the member can see their URL again (the migration says why). */
  token: string;
  reset_id: Optional<string>;
  created_at: Timestamp;
}

/** One row per member, address and hour: what notices a shared link, never the address itself. */
export interface PrivateFeedUsesTable {
  user_id: string;
  /** A keyed hash (HMAC-SHA256) of the address, so it cannot be turned back into the address. */
  address_hash: string;
  hour: Timestamp;
  last_used_at: Timestamp;
}
