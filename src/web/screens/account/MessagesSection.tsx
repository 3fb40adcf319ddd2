import { Link, useLocation } from 'wouter';
import { useUnreadMessages } from '../../api/messages.ts';

/** Beside the member's coach on Account: the way to their thread, with how many messages wait unread. */
export function MessagesSection() {
  const [location] = useLocation();
  const messages = useUnreadMessages(location, true);
  if (!messages?.hasCoach) return null;
  return (
    <section className="section card" aria-labelledby="messages-heading">
      <h2 id="messages-heading">Messages</h2>
      <p>
        <Link href="/messages">
          Messages with your coach
          {messages.unread > 0 && ` (${messages.unread} unread)`}
        </Link>
      </p>
    </section>
  );
}
