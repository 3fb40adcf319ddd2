import { isCurrentConsentVersion } from '../../core/consent.ts';

export interface ConsentToStore {
  healthConsentVersion: string | null;
  healthConsentAt: Date | null;
}

/**
 * What a sign-up records of the consent it carried: the version and the time it was given (the app's
 * clock) when it is the current text; nothing otherwise, since an outdated or unknown version is not
 * consent.
 */
export function consentAtSignUp(submittedVersion: unknown, now: Date): ConsentToStore {
  if (typeof submittedVersion !== 'string' || !isCurrentConsentVersion(submittedVersion)) {
    return { healthConsentVersion: null, healthConsentAt: null };
  }
  return { healthConsentVersion: submittedVersion, healthConsentAt: now };
}
