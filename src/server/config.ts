import { z } from 'zod';
import { isTimeZone } from '../core/care/clinic-time.ts';
import { DISABILITY_INSTRUMENTS, type DisabilityInstrument } from '../core/outcomes/disability.ts';
import { isReleaseTime, type ReleaseSchedule, WEEKDAYS } from '../core/publication/release-schedule.ts';
import { DEFAULT_PUSH_SERVICE_HOSTS, isHostPattern } from './push/push-services.ts';

/**
 * Configuration is read once, at boot, from the environment and validated here. A bad value stops the
 * process with a message naming the variable and what is expected, instead of failing later at random.
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'], {
    error: 'expected one of 1/0, true/false, on/off, yes/no',
  })
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1, 'expected a host name or address').default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'expected a folder path').default('./data'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  AUTH_SECRET: z.string().min(32, 'expected at least 32 characters of random secret').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'expected a sender such as "Backstrong <hello@example.org>"')
    .default('Backstrong <no-reply@backstrong.local>'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DEMO_ACCOUNTS: booleanFlag.default(true),
  BODY_LIMIT_BYTES: z.coerce
    .number({ error: 'expected a number of bytes' })
    .int('expected a whole number')
    .min(1024, 'expected at least 1024 bytes')
    .max(10 * 1024 * 1024, 'expected at most 10 MiB')
    .default(100 * 1024),
  DISABILITY_INSTRUMENT: z
    .enum(DISABILITY_INSTRUMENTS, { error: 'expected oswestry or roland-morris' })
    .default('oswestry'),
  CLINIC_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/London or America/New_York' })
    .default('Europe/London'),
  PUBLICATION_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/London or America/New_York' })
    .default('Europe/London'),
  RELEASE_DAY: z.enum(WEEKDAYS, { error: 'expected a weekday in English, such as sunday' }).default('sunday'),
  RELEASE_TIME: z
    .string()
    .refine(isReleaseTime, { error: 'expected a 24-hour time such as 07:00' })
    .default('07:00'),
  MEMBERSHIP: z
    .enum(['on', 'off'], { error: 'expected on (free and premium tiers) or off (everything free)' })
    .default('on'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, 'expected a Stripe secret key such as sk_live_…')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, 'expected the webhook endpoint’s signing secret, whsec_…')
    .optional(),
  /**
   * The proxies in front of the app (addresses or CIDR ranges, comma-separated): only a request arriving
   * from one of them has its X-Forwarded-For and X-Forwarded-Proto believed. Unset, nobody's are.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/,
      'expected addresses or CIDR ranges such as 127.0.0.1,10.0.0.0/8',
    )
    .optional(),
  /** Another address for the Stripe API (a local fake to try billing without Stripe): http(s)://host:port. */
  STRIPE_API_URL: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  VAPID_PUBLIC_KEY: base64urlKey(65, 'an uncompressed P-256 public key').optional(),
  VAPID_PRIVATE_KEY: base64urlKey(32, 'a P-256 private key').optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'expected a mailto: address or an https:// URL to reach you')
    .optional(),
  PUSH_SERVICE_HOSTS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine((hosts) => hosts.length > 0 && hosts.every(isHostPattern), {
      error:
        'expected host names separated by commas, each may start with *. (fcm.googleapis.com,*.notify.windows.com)',
    })
    .optional(),
});

/** A key as `web-push generate-vapid-keys` prints it: base64url, of a known length. */
function base64urlKey(bytes: number, what: string) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, `expected ${what} in base64url (as web-push generate-vapid-keys prints it)`)
    .refine((text) => Buffer.from(text, 'base64url').length === bytes, `expected ${what} of ${bytes} bytes`);
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The address members use; links in emails and the trusted origin for cross-site checks. */
  publicUrl: string;
  /** Unset, the server is used on this machine: its loopback names on its own port are the same site too. */
  isPublicUrlSet: boolean;
  authSecret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  seedDemoAccounts: boolean;
  bodyLimitBytes: number;
  /** The back-disability questionnaire asked: the Oswestry wording needs a licence, Roland-Morris is the alternative. */
  disabilityInstrument: DisabilityInstrument;
  /** The clinic's time zone (IANA): the calendar months and days of the coaches' time summary. */
  clinicTimeZone: string;
  /** When the publication releases its week's article and episode (by default Sunday 07:00, Europe/London). */
  releaseSchedule: ReleaseSchedule;
  /** Off: every member has everything (a clinic). */
  isMembershipOn: boolean;
  /** Card payments through Stripe; undefined without keys (then an admin grants premium by hand). */
  stripe: StripeConfig | undefined;
  /** The proxies whose forwarded headers are believed; empty: none. */
  trustedProxies: string[];
  push: PushConfig;
}

/** Web Push: the server's VAPID keys and who may receive the pushes it sends. */
export interface PushConfig {
  /** As configured; undefined makes the server generate a pair once and keep it in DATA_DIR. */
  vapidKeys: VapidKeys | undefined;
  /** How a push service reaches whoever runs this server (sent inside every push's signature). */
  subject: string;
  /** The push services a subscription's endpoint may point to: host names, `*.` for any subdomain. */
  serviceHosts: readonly string[];
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** The API's address when it is not Stripe's own (a local fake). */
  apiUrl: URL | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads only the variables we know; empty strings count as unset so `FOO= npm start` is not an error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(environmentSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = environmentSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  if ((value.VAPID_PUBLIC_KEY === undefined) !== (value.VAPID_PRIVATE_KEY === undefined)) {
    const missing = value.VAPID_PUBLIC_KEY === undefined ? 'VAPID_PUBLIC_KEY' : 'VAPID_PRIVATE_KEY';
    throw new ConfigError(
      `Invalid configuration:\n  ${missing}: expected with the other VAPID key (a pair from one generation, or neither)`,
    );
  }
  if ((value.STRIPE_SECRET_KEY === undefined) !== (value.STRIPE_WEBHOOK_SECRET === undefined)) {
    const missing = value.STRIPE_SECRET_KEY === undefined ? 'STRIPE_SECRET_KEY' : 'STRIPE_WEBHOOK_SECRET';
    throw new ConfigError(
      `Invalid configuration:\n  ${missing}: expected with the other Stripe key (payments need both, or neither)`,
    );
  }
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
    isPublicUrlSet: value.PUBLIC_URL !== undefined,
    authSecret: value.AUTH_SECRET,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    logLevel: value.LOG_LEVEL,
    seedDemoAccounts: value.DEMO_ACCOUNTS,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
    disabilityInstrument: value.DISABILITY_INSTRUMENT,
    clinicTimeZone: value.CLINIC_TIME_ZONE,
    releaseSchedule: {
      timeZone: value.PUBLICATION_TIME_ZONE,
      weekday: value.RELEASE_DAY,
      time: value.RELEASE_TIME,
    },
    isMembershipOn: value.MEMBERSHIP === 'on',
    stripe:
      value.STRIPE_SECRET_KEY && value.STRIPE_WEBHOOK_SECRET
        ? {
            secretKey: value.STRIPE_SECRET_KEY,
            webhookSecret: value.STRIPE_WEBHOOK_SECRET,
            apiUrl: value.STRIPE_API_URL ? new URL(value.STRIPE_API_URL) : undefined,
          }
        : undefined,
    trustedProxies: value.TRUST_PROXY?.split(',').map((entry) => entry.trim()) ?? [],
    push: {
      vapidKeys:
        value.VAPID_PUBLIC_KEY && value.VAPID_PRIVATE_KEY
          ? { publicKey: value.VAPID_PUBLIC_KEY, privateKey: value.VAPID_PRIVATE_KEY }
          : undefined,
      subject: value.VAPID_SUBJECT ?? `mailto:${senderAddress(value.MAIL_FROM)}`,
      serviceHosts: value.PUSH_SERVICE_HOSTS ?? DEFAULT_PUSH_SERVICE_HOSTS,
    },
  };
}

/** The address in a sender such as "Backstrong <hello@example.org>". */
function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/**
 * The app's auth secret and VAPID keys as configured, where they must be: on PostgreSQL several instances may
 * run, and a secret each made for itself would sign cookies the others refuse. (On the embedded database
 * one server runs and keeps the secret it made in DATA_DIR.) Commands that sign nothing do not ask.
 */
export function requireSharedSecrets(config: Pick<Config, 'databaseUrl' | 'authSecret' | 'push'>): void {
  if (config.databaseUrl !== undefined && config.authSecret === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_SECRET: required with DATABASE_URL, the same on every app instance ' +
        '(at least 32 random characters, e.g. from `openssl rand -base64 32`)',
    );
  }
  // A browser subscribes with one server key; pushes signed with another instance's key are refused.
  if (config.databaseUrl !== undefined && config.push.vapidKeys === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: required with DATABASE_URL, the same pair ' +
        'on every app instance (make one with `npx web-push generate-vapid-keys`)',
    );
  }
}
