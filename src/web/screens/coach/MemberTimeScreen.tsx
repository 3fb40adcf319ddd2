import { Link } from 'wouter';
import { Page } from '../../components/Page.tsx';
import { MemberTimeLog } from './MemberTimeLog.tsx';

/** /coach/members/:memberId/time on its own: the member's time log with a way back to the month. */
export function MemberTimeScreen({ memberId }: { memberId: string }) {
  return (
    <Page
      title="Time log"
      heading="Time log"
      width="wide"
      before={
        <p>
          <Link href="/coach/time">Back to this month’s time</Link>
        </p>
      }
    >
      <MemberTimeLog memberId={memberId} />
    </Page>
  );
}
