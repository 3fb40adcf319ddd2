import type { MailMessage } from './mailer.ts';

export function passwordResetMessage(to: { email: string; name: string }, link: string): MailMessage {
  return {
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
