import { Page } from '../../components/Page.tsx';
import { MessageThreadView } from './MessageThreadView.tsx';

const MEMBER: { side: 'member' } = { side: 'member' };

/** The member's thread with their coach (`/messages`): where the unread badge and the email lead. */
export function MessagesScreen() {
  return (
    <Page title="Messages" heading="Messages with your coach">
      <MessageThreadView reader={MEMBER} />
    </Page>
  );
}
