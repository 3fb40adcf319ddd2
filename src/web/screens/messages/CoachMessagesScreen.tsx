import { useMemo } from 'react';
import { Page } from '../../components/Page.tsx';
import { MessageThreadView } from './MessageThreadView.tsx';

/**
 * A coach's thread with one member (`/coach/members/:memberId/messages`). The member's detail page may
 * show `CoachMessageThread` in its own frame instead; this screen is the thread on a page of its own.
 */
export function CoachMessagesScreen({ memberId }: { memberId: string }) {
  return (
    <Page title="Messages" heading="Messages" width="wide">
      <CoachMessageThread memberId={memberId} />
    </Page>
  );
}

/** The thread alone, for a tab of the member's detail page. */
export function CoachMessageThread({ memberId }: { memberId: string }) {
  const reader = useMemo(() => ({ side: 'coach' as const, memberId }), [memberId]);
  return <MessageThreadView reader={reader} />;
}
