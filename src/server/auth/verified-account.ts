import type { Auth } from './auth.ts';

/**
 * An account whose email needs no confirming: the demo accounts and generated members, made by us for
 * addresses nobody reads. It is made the way a sign-up makes one (the same password hashing, and the
 * same hooks, so the consent is recorded with its time), minus the confirmation email.
 */
export async function createVerifiedAccount(
  auth: Auth,
  person: { email: string; password: string; name: string; healthConsentVersion?: string },
): Promise<{ id: string }> {
  const context = await auth.$context;
  const hash = await context.password.hash(person.password);
  const user = await context.internalAdapter.createUser(
    {
      email: person.email.toLowerCase(),
      name: person.name,
      emailVerified: true,
      ...(person.healthConsentVersion === undefined
        ? {}
        : { healthConsentVersion: person.healthConsentVersion }),
    },
    { method: 'email-password' },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: hash,
  });
  return { id: user.id };
}
