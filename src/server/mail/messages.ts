import type { MailMessage } from './mailer.ts';

export function passwordResetMessage(to: { email: string; name: string }, link: string): MailMessage {
  return {
    kind: 'password-reset',
    to: to.email,
    subject: 'Reset your Backstrong password',
    text: [
      `Hello ${to.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Backstrong account.',
      'Open this link within one hour to choose a new password. It works once; if you were sent several,',
      'each works until one of them is used.',
      '',
      link,
      '',
      'If you did not ask for this, you can ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}

export function coachInvitationMessage(
  to: { email: string; name: string },
  invitedBy: string,
  link: string,
): MailMessage {
  return {
    kind: 'coach-invitation',
    to: to.email,
    subject: 'You are invited to coach on Backstrong',
    text: [
      `Hello ${to.name},`,
      '',
      `${invitedBy} has invited you to join Backstrong as a coach.`,
      'Open this link within seven days to choose your password. It works once.',
      '',
      link,
    ].join('\n'),
  };
}

export function signUpConfirmationMessage(
  to: { email: string; name: string },
  link: string,
  options: { isSignUpAgain?: boolean } = {},
): MailMessage {
  return {
    kind: 'sign-up-confirmation',
    to: to.email,
    subject: 'Confirm your email to finish creating your Backstrong account',
    text: [
      `Hello ${to.name},`,
      '',
      'Thank you for signing up to Backstrong. Open this link within 24 hours to confirm that this email is',
      'yours and finish creating your account; it signs you in and you carry on where you left off.',
      '',
      link,
      '',
      ...(options.isSignUpAgain
        ? [
            'You had already started creating this account, so it keeps the name and password you chose',
            'the first time. If you do not remember that password, choose a new one with "Forgotten your',
            'password?" on the sign-in page.',
            '',
          ]
        : []),
      'If you did not sign up, you can ignore this message: without the link no account is opened.',
    ].join('\n'),
  };
}

/**
 * To the owner of an email that someone tried to sign up with again. The sign-up itself was answered
 * exactly as for a new email, so only the owner learns that the address has an account.
 */
export function signUpAttemptMessage(
  to: { email: string; name: string },
  links: { signIn: string; resetPassword: string },
): MailMessage {
  return {
    kind: 'sign-up-attempt',
    to: to.email,
    subject: 'Someone tried to create a Backstrong account with your email',
    text: [
      `Hello ${to.name},`,
      '',
      'Someone tried to create a new Backstrong account with this email address, which already has one.',
      'No second account was made and nothing in yours changed.',
      '',
      'If it was you, sign in to the account you have:',
      links.signIn,
      '',
      'Or, if you have forgotten its password, choose a new one:',
      links.resetPassword,
      '',
      'If it was not you, you can ignore this message.',
    ].join('\n'),
  };
}

/**
 * To a member who has not opened the app for a day, about a message from their coach. It says who wrote
 * and where to read it, never what was written: the message is health data, and email is not ours to keep.
 */
export function coachMessageWaitingMessage(
  to: { email: string; name: string },
  coachName: string,
  link: string,
): MailMessage {
  return {
    kind: 'coach-message',
    to: to.email,
    subject: `You have a message from ${coachName}, your coach`,
    text: [
      `Hello ${to.name},`,
      '',
      `${coachName}, your coach on Backstrong, has sent you a message. Open this link to read it and reply:`,
      '',
      link,
      '',
      'We tell you once for the messages waiting; no more emails until you have read them.',
    ].join('\n'),
  };
}
