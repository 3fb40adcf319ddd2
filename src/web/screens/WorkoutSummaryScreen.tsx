import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Decision, Effort } from '../../contract/plan.ts';
import type { LoggedSet, Prescription } from '../../contract/training.ts';
import { endingSet } from '../../core/engine/pain-during-workout.ts';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { DecisionList } from '../components/DecisionList.tsx';
import { EducationCard } from '../components/EducationCard.tsx';
import { Notice } from '../components/forms.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { levelText } from '../components/PrescriptionCard.tsx';
import { formatDay, formatLoad } from '../format.ts';
import { useMemberScope } from '../member-scope.tsx';
import { useMemberData, useOutbox, useStored } from '../offline/member-data.ts';
import { repsInWords } from '../workout/form-check-set.ts';
import { historyState } from './today/today-data.ts';
import { PushPrompt } from './workout/PushPrompt.tsx';
import { FAULT_LABELS } from './workout/SetDetails.tsx';
import { SeverePainAdvice } from './workout/SeverePainAdvice.tsx';
import type { FinishedHistoryState } from './workout/WorkoutMode.tsx';

const EFFORT_WORDS: Record<Effort, string> = {
  easy: 'It felt easy.',
  'hard-good-form': 'It was hard, and your form held.',
  'could-not-finish': 'It was too hard to finish with good form.',
};

/** The member's answer to "how did it feel?", as their coach reads it. */
const EFFORT_WORDS_FOR_COACH: Record<Effort, string> = {
  easy: 'The member found it easy.',
  'hard-good-form': 'The member found it hard, and their form held.',
  'could-not-finish': 'The member found it too hard to finish with good form.',
};

const PAUSE_RULES = new Set(['pain-pause', 'symptom-pause']);

interface SummaryView {
  date: string;
  prescription: Prescription[];
  sets: LoggedSet[];
  effort: Effort | null;
  newSymptoms: boolean;
  decisions: Decision[] | null;
  unit: 'kg' | 'lb';
}

/** A coach also sees who counted each set: the camera's form check, or the member. */
function WhatYouDid({ view, isForCoach = false }: { view: SummaryView; isForCoach?: boolean }) {
  return (
    <section className="section" aria-labelledby="did-heading">
      <h2 id="did-heading">{isForCoach ? 'What was done' : 'What you did'}</h2>
      {view.effort && <p>{(isForCoach ? EFFORT_WORDS_FOR_COACH : EFFORT_WORDS)[view.effort]}</p>}
      <ul className="did">
        {view.prescription.map((item) => {
          const sets = view.sets.filter((set) => set.exerciseId === item.exerciseId);
          return (
            <li key={item.exerciseId} className="did__exercise">
              <h3>{item.name}</h3>
              <p className="did__level">
                {levelText(item)}, {formatLoad(item.load, view.unit).toLowerCase()}
              </p>
              {sets.length === 0 ? (
                <p>Skipped this time.</p>
              ) : (
                <ol className="did__sets">
                  {sets.map((set) => (
                    <li key={set.id} data-measured-by={set.measuredBy}>
                      {repsInWords(set)}, pain {set.pain}/10
                      {set.level !== item.level && `, level ${set.level}`}
                      {set.faults.map((fault) => `, ${FAULT_LABELS[fault].toLowerCase()}`).join('')}
                      {isForCoach &&
                        (set.measuredBy === 'camera'
                          ? ' (counted by the camera)'
                          : ' (counted by the member)')}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * One workout: straight after finishing it (with what changes next time), or later from History; and the
 * same workout as the member's coach opens it.
 */
export function WorkoutSummaryScreen({ id }: { id: string }) {
  const { isOwn } = useMemberScope();
  return isOwn ? <OwnWorkoutSummary id={id} /> : <MembersWorkoutSummary id={id} />;
}

/** For the member's coach: what the server has, with nothing the member would do next. */
function MembersWorkoutSummary({ id }: { id: string }) {
  const scope = useMemberScope();
  const loaded = useApiData(() => training.workout(id, scope.memberId));
  if (loaded.status === 'loading') return <Loading what="Loading the workout" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Workout" heading="This workout did not load">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  const workout = loaded.data;
  const isFinished = workout.status === 'finished';
  const view: SummaryView = {
    date: workout.date,
    prescription: workout.prescription,
    sets: workout.sets,
    effort: workout.effort,
    newSymptoms: workout.newSymptoms === true,
    decisions: isFinished ? workout.decisions : null,
    unit: scope.weightUnit,
  };
  return (
    <Page
      title={`Workout of ${scope.memberName}, ${formatDay(workout.date)}`}
      heading={formatDay(workout.date)}
      eyebrow="Workout"
      width="wide"
    >
      {isFinished ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">What changed after it</h2>
          {workout.decisions.length > 0 ? (
            <DecisionList decisions={workout.decisions} label="What changed after it" />
          ) : (
            <p>Nothing changed in the plan.</p>
          )}
        </section>
      ) : (
        <p className="lead">Still under way: what changes shows here once it is finished.</p>
      )}
      {view.newSymptoms && <p className="callout">The member reported new symptoms after this workout.</p>}
      <WhatYouDid view={view} isForCoach />
      <ul className="links">
        <li>
          <Link href={scope.href('/history')}>Back to the workouts</Link>
        </li>
      </ul>
    </Page>
  );
}

function OwnWorkoutSummary({ id }: { id: string }) {
  const member = useMemberData();
  const local = useStored(member.finished).find((entry) => entry.workout.id === id);
  const unit = useStored(member.weightUnit);
  const { waiting } = useOutbox(member.outbox);
  const waitingHere = waiting.filter((entry) => entry.about === id).length;
  const isJustFinished = historyState<FinishedHistoryState>().isJustFinished === true;
  const loaded = useApiData(() => training.workout(id));

  // Once the last of this workout has been sent, ask again: the answer now holds the decisions.
  const wasWaiting = useRef(waitingHere > 0);
  useEffect(() => {
    if (wasWaiting.current && waitingHere === 0) loaded.retry();
    wasWaiting.current = waitingHere > 0;
  }, [waitingHere, loaded.retry]);

  const server = loaded.status === 'ready' ? loaded.data : undefined;
  const isFinishedThere = server?.status === 'finished';
  let view: SummaryView | undefined;
  if (server && (isFinishedThere || !local)) {
    view = {
      date: server.date,
      prescription: server.prescription,
      sets: server.sets,
      effort: server.effort,
      newSymptoms: server.newSymptoms === true,
      decisions: isFinishedThere ? server.decisions : null,
      unit,
    };
  } else if (local) {
    view = {
      date: local.workout.date,
      prescription: local.workout.prescription,
      sets: local.workout.sets,
      effort: local.effort,
      newSymptoms: local.newSymptoms,
      decisions: null,
      unit: local.workout.weightUnit,
    };
  }

  if (!view) {
    if (loaded.status === 'loading') return <Loading what="Loading your workout" />;
    return (
      <Page title="Workout" heading="This workout did not load">
        {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      </Page>
    );
  }

  const decisions = view.decisions;
  const isPaused = decisions?.some((decision) => PAUSE_RULES.has(decision.ruleId)) ?? false;
  const ending = endingSet(view.sets);
  const done = ending ? 'Your workout has stopped' : 'Workout done';
  return (
    <Page
      title={isJustFinished ? done : `Workout of ${formatDay(view.date)}`}
      heading={isJustFinished ? done : formatDay(view.date)}
      eyebrow={isJustFinished ? formatDay(view.date) : 'Your workout'}
    >
      {ending && isJustFinished && <SeverePainAdvice pain={ending.pain} />}
      {decisions === null ? (
        <Notice>
          <p>
            Your workout is saved on this phone. What changes for next time will show here once it has been
            sent.
          </p>
        </Notice>
      ) : (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">What changes next time</h2>
          <DecisionList decisions={decisions} label="What changes next time" />
        </section>
      )}
      {(isPaused || view.newSymptoms) && !(ending && isJustFinished) && (
        <p className="callout">
          Before your next workout, please answer the safety questions again.{' '}
          <Link href="/symptoms">Answer the safety questions</Link>
        </p>
      )}
      {view.effort === 'easy' && <EducationCard lesson="easy-is-not-enough" />}
      {/* Not after a workout stopped for pain: then the advice is the one thing to read. */}
      {isJustFinished && !ending && <PushPrompt />}
      <WhatYouDid view={view} />
      <div className="actions">
        <Link href="/today" className="button button--primary">
          Back to Today
        </Link>
        <Link href="/history" className="button button--secondary">
          See your history
        </Link>
      </div>
    </Page>
  );
}
