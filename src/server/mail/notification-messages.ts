import type { MailMessage } from './mailer.ts';

/**
 * A notification by email, for a member who asked for email too (their settings' `byEmail`): what the
 * push says, and the link to the screen it opens. Its words were written to be read on a lock screen,
 * so they hold nothing an email should not.
 */
export function notificationMessage(
  to: { email: string; name: string },
  notification: { title: string; body: string },
  links: { open: string; settings: string },
): MailMessage {
  return {
    kind: 'notification',
    to: to.email,
    subject: notification.title,
    text: [
      `Hello ${to.name},`,
      '',
      notification.body,
      '',
      links.open,
      '',
      `You get these by email because you asked to. To stop, turn email off in your notification settings: ${links.settings}`,
    ].join('\n'),
  };
}
