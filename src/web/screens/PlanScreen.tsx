import { Link } from 'wouter';
import type { StoredDecision } from '../../contract/plan.ts';
import { getExercise, levelOf } from '../../core/catalogue/index.ts';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { DecisionList } from '../components/DecisionList.tsx';
import { EducationCard } from '../components/EducationCard.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { MovementFigure } from '../components/MovementFigure.tsx';
import { Page } from '../components/Page.tsx';
import { PhaseCriteria } from '../components/PhaseCriteria.tsx';
import { setsText } from '../components/PrescriptionCard.tsx';
import { formatLoad, formatShortDay, localDay } from '../format.ts';

/** The coach's newest changes, each with its reason; older ones stay in the export. */
const COACH_CHANGES_SHOWN = 10;

async function loadPlan() {
  const [planView, { decisions }] = await Promise.all([training.plan(localDay()), training.decisions()]);
  return {
    planView,
    /** Newest first, as the server sends them. */
    all: decisions,
    fromAssessment: decisions.filter((decision) => decision.source === 'assessment').reverse(),
  };
}

/** The newest decision that changed this exercise (a level, a load, its sets), if any did after the start. */
function latestChange(decisions: readonly StoredDecision[], exerciseId: string): StoredDecision | undefined {
  return decisions.find(
    (decision) =>
      decision.exerciseId === exerciseId &&
      decision.source !== 'assessment' &&
      Object.keys(decision.change).length > 0,
  );
}

/** "Your starting plan": each exercise at its level, with the engine's reason in plain words. */
export function PlanScreen() {
  const loaded = useApiData(loadPlan);
  if (loaded.status === 'loading') return <Loading what="Loading your plan" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Your plan" heading="Your plan did not load">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  const { planView, fromAssessment: decisions, all } = loaded.data;
  const { plan, phase } = planView;
  const inPlan = new Set(plan.exercises.map((state) => state.exerciseId));
  const notYet = decisions.filter((decision) => decision.exerciseId && !inPlan.has(decision.exerciseId));
  const isNew = plan.lastWorkoutOn === null;
  const fromCoach = all
    .filter((decision) => decision.ruleId === 'coach-change')
    .slice(0, COACH_CHANGES_SHOWN);

  return (
    <Page
      title="Your plan"
      heading={isNew ? 'Your starting plan' : 'Why your plan looks like this'}
      width="wide"
    >
      <p className="lead">
        You {isNew ? 'start' : 'are'} in phase {phase.number} of 5,{' '}
        <strong>{phase.name.toLowerCase()}</strong>:{' '}
        {phase.focus.charAt(0).toLowerCase() + phase.focus.slice(1)}
      </p>
      {planView.pauseMessage && <p className="callout callout--caution">{planView.pauseMessage}</p>}
      {phase.next && (
        <section className="section" aria-labelledby="next-phase-heading">
          <h2 id="next-phase-heading">
            What takes you to phase {phase.next.phase}: {phase.next.summary.toLowerCase()}
          </h2>
          <PhaseCriteria next={phase.next} />
        </section>
      )}
      <section className="section" aria-labelledby="why-heading">
        <h2 id="why-heading">Why these exercises, at these levels</h2>
        <ul className="plan-list">
          {plan.exercises.map((state) => {
            const exercise = getExercise(state.exerciseId);
            const level = levelOf(exercise, state.level);
            const reasons = decisions.filter((decision) => decision.exerciseId === state.exerciseId);
            const change = isNew ? undefined : latestChange(all, state.exerciseId);
            return (
              <li key={state.exerciseId} className="card plan-item">
                <div className="plan-item__figure">
                  <MovementFigure exercise={exercise} level={state.level} load={state.load.kind} size={200} />
                </div>
                <div className="plan-item__text">
                  <h3>{exercise.name}</h3>
                  <p className="plan-item__facts">
                    Level {state.level} of {exercise.levels.length}: {level.name} ·{' '}
                    {setsText(state.targetSets, 10)}
                    {' · '}
                    {formatLoad(state.load, plan.weightUnit)}
                  </p>
                </div>
                {reasons.map((reason) => (
                  <p key={reason.id} className="plan-item__why">
                    {isNew ? '' : <strong>At the start: </strong>}
                    {reason.sentence}
                  </p>
                ))}
                {change && (
                  <p className="plan-item__why">
                    <strong>Last change, {formatShortDay(change.madeAt)}: </strong>
                    {change.sentence}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {fromCoach.length > 0 && (
        <section className="section" aria-labelledby="from-coach-heading">
          <h2 id="from-coach-heading">Changes from your coach</h2>
          <DecisionList decisions={fromCoach} label="Changes from your coach" />
        </section>
      )}
      {notYet.length > 0 && (
        <section className="section" aria-labelledby="not-yet-heading">
          <h2 id="not-yet-heading">Not in your plan yet</h2>
          <ul className="bullets">
            {notYet.map((decision) => (
              <li key={decision.id}>{decision.sentence}</li>
            ))}
          </ul>
        </section>
      )}
      <EducationCard lesson="hips-and-back" />
      <div className="actions">
        <Link href="/today" className="button button--primary button--large">
          {isNew ? 'See your first workout' : 'Back to Today'}
        </Link>
      </div>
    </Page>
  );
}
