import { training } from '../../api/training.ts';
import { useApiData } from '../../api/useApiData.ts';
import { DecisionList } from '../../components/DecisionList.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useMemberScope } from '../../member-scope.tsx';

/** Every change made to the member's plan, newest first, each in the sentence the member read. */
export function MemberDecisions() {
  const scope = useMemberScope();
  const loaded = useApiData(() => training.decisions(200, scope.memberId));
  return (
    <Page title={`Decisions of ${scope.memberName}`} heading="Decisions" width="wide">
      <p className="lead">
        Every change to the plan, newest first, in the words the member read: the engine's, and any a coach
        made.
      </p>
      {loaded.status === 'loading' && <Loading what="Loading the decisions" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' &&
        (loaded.data.decisions.length === 0 ? (
          <p>No decisions yet: the plan has not been started.</p>
        ) : (
          <DecisionList
            decisions={loaded.data.decisions}
            label="Decisions, newest first"
            planWord="The plan"
          />
        ))}
    </Page>
  );
}
