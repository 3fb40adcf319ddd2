import type { MailMessage } from './mailer.ts';

/**
 * The double opt-in: nothing is stored, and nothing else will be sent, unless the link is followed. Each
 * paragraph is one line, so a mail app wraps it to its own width.
 */
export function subscriptionConfirmationMessage(to: string, confirmUrl: string): MailMessage {
  return {
    kind: 'publication-confirmation',
    to,
    subject: 'Confirm your Backstrong Sunday email',
    text: [
      "Someone (we hope you) asked for the free Backstrong Sunday email at this address: one email each Sunday with the week's podcast episode and article.",
      '',
      'To start getting it, open this link within 48 hours and press Confirm:',
      '',
      confirmUrl,
      '',
      'If you did not ask for it, ignore this message: without the link your address is not kept and you will not hear from us again.',
    ].join('\n'),
  };
}

/**
 * To an address that is subscribed already and was entered in the form again. The form answered exactly
 * as for a new address, so only the owner of the inbox learns that it is on the list; and they learn
 * why no confirmation came, with the way to leave if they want to.
 */
export function alreadySubscribedMessage(to: string, unsubscribeUrl: string): MailMessage {
  return {
    kind: 'publication-already-subscribed',
    to,
    subject: 'You already get the Backstrong Sunday email',
    text: [
      'Someone (we hope you) entered this address in the Backstrong sign-up form. It is on the list already, so nothing has changed: the Sunday email keeps coming.',
      '',
      `If you would rather stop getting it, unsubscribe here: ${unsubscribeUrl}`,
    ].join('\n'),
  };
}
