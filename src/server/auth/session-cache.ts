/**
 * A short-lived memory of which login-session cookie belongs to whom, so the requests a member makes
 * between sets do not each ask the auth library for it. It is a cache, never the source of truth: an
 * entry lives at most `ttlMs`, and counts only under the database's current login-session epoch, which a
 * sign-out or a password change on any server moves on (src/server/http/auth-bridge.ts).
 */
export interface SessionCache<T> {
  get(key: string, now: number): T | undefined;
  set(key: string, value: T, now: number): void;
  clear(): void;
  readonly size: number;
}

export function createSessionCache<T>(options: { ttlMs: number; maxEntries: number }): SessionCache<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  return {
    get(key, now) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, now) {
      entries.delete(key);
      if (entries.size >= options.maxEntries) {
        // Maps iterate in insertion order: the first key is the oldest.
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(key, { value, expiresAt: now + options.ttlMs });
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
