import type { FastifyReply } from 'fastify';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { Refusal } from '../services/errors.ts';
import { type AttemptLimitStore, createStoredLimiter } from './attempt-limit-store.ts';

/**
 * Limits on guessing passwords and on sending emails, built so that nobody else's attempts can lock a
 * member out. Counted in the database (attempt-limit-store.ts), so several app instances allow no more
 * guesses than one, and a restart forgets nothing.
 */
export interface AttemptLimits {
  /** Per account from one client address: the tight limit, which stops one guesser. */
  perAccountAndAddress: number;
  /**
   * Per account over all addresses, a slower limit against guessing from many. Sign-in: it counts only
   * addresses the account has not signed in from, and never applies at one it has.
   */
  perAccount: number;
  /** Per client address over all accounts. */
  perAddress: number;
  windowSeconds: number;
}

/** Failed sign-ins (and erase confirmations): 5 per account and address, 20 from new addresses, in 15 minutes. */
export const DEFAULT_SIGN_IN_LIMITS: AttemptLimits = {
  perAccountAndAddress: 5,
  perAccount: 20,
  perAddress: 50,
  windowSeconds: 15 * 60,
};

/** Reset emails (and sign-ups): 3 per account and address, 5 per account, 30 per address, in an hour. */
export const DEFAULT_EMAIL_LIMITS: AttemptLimits = {
  perAccountAndAddress: 3,
  perAccount: 5,
  perAddress: 30,
  windowSeconds: 60 * 60,
};

/** How long an address where an account signed in stays its own, so the per-account limit skips it. */
const KNOWN_ADDRESS_SECONDS = 20 * 24 * 60 * 60;

/**
 * The key an address is counted under. An IPv6 client usually holds a whole /64, so its addresses are
 * counted together; an IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

function accountKey(account: string): string {
  return account.trim().toLowerCase();
}

function pairKey(account: string, address: string): string {
  return `${accountKey(account)} ${addressKey(address)}`;
}

function tooManyAttempts(rejection: RateLimiterRes, reply: FastifyReply, advice: string): Refusal {
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  reply.header('retry-after', String(retryAfterSeconds));
  return new Refusal(
    'too-many',
    'too-many-attempts',
    'Too many attempts',
    `Too many attempts. For your account's safety, please wait ${formatWait(retryAfterSeconds)} and try again${advice}.`,
    { retryAfterSeconds },
  );
}

/** The limiter's refusal of one attempt, or undefined when it is within the limit. */
async function rejectionOf(consumption: Promise<RateLimiterRes>): Promise<RateLimiterRes | undefined> {
  try {
    await consumption;
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

/**
 * Password attempts. Each is counted before the password is checked, so a guesser past a limit learns
 * nothing; a success gives the attempt back. Where an account has signed in before, only that address's
 * own attempts can stop it, so the owner at home still gets in while someone elsewhere guesses; and
 * login sessions already open are never touched.
 */
export function createSignInLimiter(limits: AttemptLimits, store: AttemptLimitStore) {
  const limiter = (name: string, points: number, durationSeconds = limits.windowSeconds) =>
    createStoredLimiter(store, `sign-in-${name}`, { points, durationSeconds });
  const byPair = limiter('account-address', limits.perAccountAndAddress);
  const byAccount = limiter('account', limits.perAccount);
  const byAddress = limiter('address', limits.perAddress);
  const knownAddresses = limiter('known-address', 1, KNOWN_ADDRESS_SECONDS);
  return {
    async consume(account: string, address: string, reply: FastifyReply): Promise<void> {
      const pair = pairKey(account, address);
      const isKnownAddress = (await knownAddresses.get(pair)) !== null;
      // In turn, so that attempts one limit already stopped do not use up the next one's allowance.
      const rejection =
        (await rejectionOf(byPair.consume(pair))) ??
        (await rejectionOf(byAddress.consume(addressKey(address)))) ??
        (isKnownAddress ? undefined : await rejectionOf(byAccount.consume(accountKey(account))));
      if (rejection) throw tooManyAttempts(rejection, reply, ', or reset your password');
    },
    /** The right password: this address is the account's own from now on, and its attempt is given back. */
    async succeeded(account: string, address: string): Promise<void> {
      const pair = pairKey(account, address);
      // From an address new to the account the attempt was counted against the account as well.
      const wasKnownAddress = (await knownAddresses.get(pair)) !== null;
      await Promise.all([
        byPair.delete(pair),
        byAddress.reward(addressKey(address)),
        ...(wasKnownAddress ? [] : [byAccount.reward(accountKey(account))]),
        knownAddresses.set(pair, 1, KNOWN_ADDRESS_SECONDS),
      ]);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

/**
 * Requests that email an account (reset links; sign-ups count the same way, apart). An address over its
 * own limit is refused (429); past the account's limits the request is answered as usual but no email
 * goes out. Nobody can flood a
 * member's inbox, and nobody can take the member's links away: every one sent stays valid until one is
 * used, so the newest in the inbox always works.
 */
export function createEmailLimiter(name: string, limits: AttemptLimits, store: AttemptLimitStore) {
  const limiter = (part: string, points: number) =>
    createStoredLimiter(store, `${name}-${part}`, { points, durationSeconds: limits.windowSeconds });
  const byPair = limiter('account-address', limits.perAccountAndAddress);
  const byAccount = limiter('account', limits.perAccount);
  const byAddress = limiter('address', limits.perAddress);
  /** The account's refusal (no email now) or undefined; throws 429 when the address is over its own limit. */
  async function check(account: string, address: string, reply: FastifyReply) {
    const addressRejection = await rejectionOf(byAddress.consume(addressKey(address)));
    if (addressRejection) throw tooManyAttempts(addressRejection, reply, '');
    return (
      (await rejectionOf(byPair.consume(pairKey(account, address)))) ??
      (await rejectionOf(byAccount.consume(accountKey(account))))
    );
  }
  return {
    /** Whether an email to `account` may go out now, answered as usual either way. */
    async allows(account: string, address: string, reply: FastifyReply): Promise<boolean> {
      return (await check(account, address, reply)) === undefined;
    },
    /** The same, but past a limit the request is refused (429). */
    async consume(account: string, address: string, reply: FastifyReply): Promise<void> {
      const rejection = await check(account, address, reply);
      if (rejection) throw tooManyAttempts(rejection, reply, '');
    },
  };
}

export type EmailLimiter = ReturnType<typeof createEmailLimiter>;

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
