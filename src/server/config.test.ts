import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireSharedSecrets } from './config.ts';
import { DEFAULT_PUSH_SERVICE_HOSTS } from './push/push-services.ts';

/** A pair from `web-push generate-vapid-keys`. */
const VAPID = {
  publicKey: 'BPz27KwfF5g9C8k7aY6pD9RwhlzKsZogM1drDSnfis2WG_QB5K2Wej2lCqvh-Zr8KQVkvpBAuO_sNSlcNgXVt7M',
  privateKey: 'Ci9TvNtG0FYDI-3q3B9dLu2TYltKMalV4pIVhyEYc-Y',
};

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      seedDemoAccounts: true,
      bodyLimitBytes: 102400,
      disabilityInstrument: 'oswestry',
      clinicTimeZone: 'Europe/London',
      releaseSchedule: { timeZone: 'Europe/London', weekday: 'sunday', time: '07:00' },
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: expected a port number'],
    [{ PORT: '70000' }, 'PORT: expected a port from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL: expected a postgres:// or postgresql:// URL'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL: expected an http:// or https:// URL'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET: expected at least 32 characters'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL: expected an smtp:// or smtps:// URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: expected one of'],
    [{ DEMO_ACCOUNTS: 'maybe' }, 'DEMO_ACCOUNTS: expected one of 1/0'],
    [{ DISABILITY_INSTRUMENT: 'odi' }, 'DISABILITY_INSTRUMENT: expected oswestry or roland-morris'],
    [{ CLINIC_TIME_ZONE: 'London' }, 'CLINIC_TIME_ZONE: expected an IANA time zone'],
    [{ PUBLICATION_TIME_ZONE: 'GMT+1' }, 'PUBLICATION_TIME_ZONE: expected an IANA time zone'],
    [{ RELEASE_DAY: 'sun' }, 'RELEASE_DAY: expected a weekday'],
    [{ RELEASE_TIME: '7am' }, 'RELEASE_TIME: expected a 24-hour time'],
    [
      { VAPID_PUBLIC_KEY: 'not a key' },
      'VAPID_PUBLIC_KEY: expected an uncompressed P-256 public key in base64url',
    ],
    [{ VAPID_PRIVATE_KEY: 'c2hvcnQ' }, 'VAPID_PRIVATE_KEY: expected a P-256 private key of 32 bytes'],
    [
      { VAPID_SUBJECT: 'http://backstrong.example' },
      'VAPID_SUBJECT: expected a mailto: address or an https:// URL',
    ],
    [{ PUSH_SERVICE_HOSTS: 'https://fcm.googleapis.com' }, 'PUSH_SERVICE_HOSTS: expected host names'],
    [{ VAPID_PUBLIC_KEY: VAPID.publicKey }, 'VAPID_PRIVATE_KEY: expected with the other VAPID key'],
    [{ VAPID_PRIVATE_KEY: VAPID.privateKey }, 'VAPID_PUBLIC_KEY: expected with the other VAPID key'],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('on PostgreSQL, where several instances may run, needs the one AUTH_SECRET they share', () => {
    const onPostgres = { DATABASE_URL: 'postgres://app@db.internal:5432/backstrong' };
    expect(() => requireSharedSecrets(loadConfig(onPostgres))).toThrow(ConfigError);
    expect(() => requireSharedSecrets(loadConfig(onPostgres))).toThrow(
      /AUTH_SECRET: required with DATABASE_URL/,
    );
    const secret = 'the secret every instance shares, 0123456789';
    const vapid = { VAPID_PUBLIC_KEY: VAPID.publicKey, VAPID_PRIVATE_KEY: VAPID.privateKey };
    expect(() =>
      requireSharedSecrets(loadConfig({ ...onPostgres, ...vapid, AUTH_SECRET: secret })),
    ).not.toThrow();
    // On the embedded database one server runs and keeps the secret it made in DATA_DIR.
    expect(() => requireSharedSecrets(loadConfig({}))).not.toThrow();
  });

  it('on PostgreSQL needs the one VAPID key pair every instance signs pushes with, naming both keys', () => {
    const onPostgres = {
      DATABASE_URL: 'postgres://app@db.internal:5432/backstrong',
      AUTH_SECRET: 'the secret every instance shares, 0123456789',
    };
    expect(() => requireSharedSecrets(loadConfig(onPostgres))).toThrow(ConfigError);
    expect(() => requireSharedSecrets(loadConfig(onPostgres))).toThrow(
      /VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: required with DATABASE_URL/,
    );
    const withKeys = {
      ...onPostgres,
      VAPID_PUBLIC_KEY: VAPID.publicKey,
      VAPID_PRIVATE_KEY: VAPID.privateKey,
    };
    expect(() => requireSharedSecrets(loadConfig(withKeys))).not.toThrow();
    expect(loadConfig(withKeys).push.vapidKeys).toEqual(VAPID);
  });

  it('pushes only to the real push services unless told others, and signs as the mail sender by default', () => {
    expect(loadConfig({}).push).toEqual({
      vapidKeys: undefined,
      subject: 'mailto:no-reply@backstrong.local',
      serviceHosts: DEFAULT_PUSH_SERVICE_HOSTS,
    });
    const chosen = loadConfig({
      PUSH_SERVICE_HOSTS: 'push.example.org, *.Push.Example.NET',
      VAPID_SUBJECT: 'https://backstrong.example/contact',
    }).push;
    expect(chosen.serviceHosts).toEqual(['push.example.org', '*.push.example.net']);
    expect(chosen.subject).toBe('https://backstrong.example/contact');
  });

  it('asks the Roland-Morris questionnaire instead of the Oswestry when configured', () => {
    expect(loadConfig({ DISABILITY_INSTRUMENT: 'roland-morris' }).disabilityInstrument).toBe('roland-morris');
  });

  it('takes the clinic’s time zone by its IANA name', () => {
    expect(loadConfig({ CLINIC_TIME_ZONE: 'America/New_York' }).clinicTimeZone).toBe('America/New_York');
  });

  it('believes forwarded headers only from the proxies it names', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustedProxies).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(
      /TRUST_PROXY: expected addresses or CIDR ranges/,
    );
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('derives the public address from the port and drops a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({
      publicUrl: 'http://localhost:8080',
      isPublicUrlSet: false,
    });
    expect(loadConfig({ PUBLIC_URL: 'https://backstrong.example' }).isPublicUrlSet).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://backstrong.example/' }).publicUrl).toBe(
      'https://backstrong.example',
    );
  });
});
