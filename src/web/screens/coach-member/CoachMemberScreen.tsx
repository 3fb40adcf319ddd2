import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { coachMemberApi } from '../../api/coach-member.ts';
import { coachMemberPath } from '../../api/member-paths.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import {
  CoachMessagesScreen,
  CoachPlanScreen,
  HistoryScreen,
  MeasuresScreen,
  MemberTimeScreen,
  ProgressScreen,
  ReportScreen,
  WorkoutSummaryScreen,
} from '../../lazy-screens.ts';
import { MemberScopeProvider } from '../../member-scope.tsx';
import { NotFoundScreen } from '../NotFoundScreen.tsx';
import { MemberDecisions } from './MemberDecisions.tsx';
import { MemberHeader } from './MemberHeader.tsx';
import { MemberOverview } from './MemberOverview.tsx';
import { MemberTabs } from './MemberTabs.tsx';
import './coach-member.css';

/**
 * One member as their coach opens it: a header (name, phase, any hold or pause), the tabs, and below them
 * the member's own screens, pointed at this member through the coach routes (member-scope.tsx).
 */
export function CoachMemberScreen({ memberId }: { memberId: string }) {
  const loaded = useApiData(() => coachMemberApi.profile(memberId));
  if (loaded.status === 'loading') return <Loading what="Loading the member" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Member" heading="This member did not open">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  const profile = loaded.data;
  const base = coachMemberPath(memberId);
  const scope = {
    memberId,
    memberName: profile.name,
    memberDateOfBirth: profile.dateOfBirth,
    weightUnit: profile.plan?.weightUnit ?? 'kg',
  } as const;
  return (
    <MemberScopeProvider scope={scope}>
      <div className="coach-member">
        <MemberHeader profile={profile} />
        <MemberTabs memberId={memberId} />
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={base}>
              <MemberOverview profile={profile} />
            </Route>
            <Route path={`${base}/progress`} component={ProgressScreen} />
            <Route path={`${base}/workouts`} component={HistoryScreen} />
            <Route path={`${base}/workouts/:workoutId`}>
              {(params) => <WorkoutSummaryScreen key={params.workoutId} id={params.workoutId} />}
            </Route>
            <Route path={`${base}/decisions`} component={MemberDecisions} />
            <Route path={`${base}/check-ups`} component={MeasuresScreen} />
            <Route path={`${base}/report`} component={ReportScreen} />
            <Route path={`${base}/messages`}>
              <CoachMessagesScreen memberId={memberId} />
            </Route>
            <Route path={`${base}/plan`}>
              <CoachPlanScreen memberId={memberId} />
            </Route>
            <Route path={`${base}/time`}>
              <MemberTimeScreen memberId={memberId} />
            </Route>
            <Route component={NotFoundScreen} />
          </Switch>
        </Suspense>
      </div>
    </MemberScopeProvider>
  );
}
