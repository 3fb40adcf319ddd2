import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { localDay } from '../format.ts';
import { useMemberData, useStored } from '../offline/member-data.ts';
import { CheckInQuestion, CheckInThanks } from './today/CheckInQuestion.tsx';

/** The morning check-in on a screen of its own, for when the member comes to it from a reminder. */
export function CheckInScreen() {
  const member = useMemberData();
  const memory = useStored(member.checkIns);
  const today = localDay();
  const loaded = useApiData(() => training.plan(today));
  const answeredToday = memory.answered.filter((entry) => entry.answeredOn === today).at(-1);

  let content: ReactNode;
  if (answeredToday) content = <CheckInThanks answered={answeredToday} />;
  else if (loaded.status === 'loading') content = <Loading />;
  else if (loaded.status === 'failed') content = <LoadFailed problem={loaded.problem} retry={loaded.retry} />;
  else {
    const awaiting = loaded.data.plan.awaitingCheckIn;
    const isDue =
      awaiting !== null &&
      awaiting.workoutOn < today &&
      !memory.answered.some((entry) => entry.workoutOn === awaiting.workoutOn);
    content = isDue ? (
      <CheckInQuestion
        workoutOn={awaiting.workoutOn}
        painBefore={awaiting.painBefore}
        onAnswered={loaded.retry}
      />
    ) : (
      <p className="lead">
        There is nothing to check in on right now. The check-in comes the morning after each workout.
      </p>
    );
  }

  return (
    <Page title="Morning check-in">
      {content}
      <div className="actions">
        <Link href="/today" className="button button--secondary">
          Back to Today
        </Link>
      </div>
    </Page>
  );
}
