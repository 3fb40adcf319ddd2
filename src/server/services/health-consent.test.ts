import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { consentAtSignUp } from './health-consent.ts';

const consentGivenAt = new Date('2026-03-02T08:15:00Z');

describe('the consent a sign-up records', () => {
  it('is the current version with the time given', () => {
    expect(consentAtSignUp(HEALTH_DATA_CONSENT.version, consentGivenAt)).toEqual({
      healthConsentVersion: HEALTH_DATA_CONSENT.version,
      healthConsentAt: consentGivenAt,
    });
  });

  it('is nothing for an outdated, unknown or missing version', () => {
    const none = { healthConsentVersion: null, healthConsentAt: null };
    expect(consentAtSignUp('2020-01-01', consentGivenAt)).toEqual(none);
    expect(consentAtSignUp(undefined, consentGivenAt)).toEqual(none);
    expect(consentAtSignUp(7, consentGivenAt)).toEqual(none);
  });
});

describe('signing up', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock: () => consentGivenAt });
  });
  afterAll(() => server.close());

  it("records the consent at the app's clock, not the machine's", async () => {
    await signUp(server.app, { email: 'consent-time@example.org' });
    const user = await findUserByEmail(server.database.db, 'consent-time@example.org');
    expect(user?.health_consent_version).toBe(HEALTH_DATA_CONSENT.version);
    expect(user?.health_consent_at?.toISOString()).toBe(consentGivenAt.toISOString());
  });
});
