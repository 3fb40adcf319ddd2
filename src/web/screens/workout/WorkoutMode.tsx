import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Effort } from '../../../contract/plan.ts';
import type { LoggedSet, Prescription, SetLog } from '../../../contract/training.ts';
import { getExercise } from '../../../core/catalogue/index.ts';
import { writes } from '../../api/writes.ts';
import { EducationCard } from '../../components/EducationCard.tsx';
import { MovementFigure } from '../../components/MovementFigure.tsx';
import { Page } from '../../components/Page.tsx';
import { PrescriptionCard } from '../../components/PrescriptionCard.tsx';
import { takeFormCheckResult } from '../../form-check/handoff.ts';
import { formatLoad } from '../../format.ts';
import { useHasFeature } from '../../membership-features.ts';
import { type MemberData, useOutbox, useStored } from '../../offline/member-data.ts';
import { soundPreference } from '../../preferences.ts';
import {
  type CameraCount,
  cameraCountFrom,
  formCheckLinkFor,
  repsInWords,
} from '../../workout/form-check-set.ts';
import {
  endingSetOf,
  isEveryExerciseDone,
  type LocalWorkout,
  lastPainOf,
  nextExerciseIndex,
  painStopOf,
  prescriptionToday,
  setLabel,
  setsOf,
  withExerciseSkipped,
  withPainStopAnswered,
  withRestChanged,
  withSetLogged,
} from '../../workout/local-workout.ts';
import { prepareSound, signalRestOver } from '../../workout/signals.ts';
import { useWakeLock } from '../../workout/useWakeLock.ts';
import { FinishStep } from './FinishStep.tsx';
import { PainStopChoice } from './PainStopChoice.tsx';
import { RestView } from './RestView.tsx';
import { FAULT_LABELS, SetDetails } from './SetDetails.tsx';
import { SetPainQuestion } from './SetPainQuestion.tsx';

/** Set in history state when a workout has just been finished, for the summary's heading. */
export interface FinishedHistoryState {
  isJustFinished?: boolean;
}

function describeSet(set: LoggedSet, item: Prescription, unit: LocalWorkout['weightUnit']): string {
  const parts = [repsInWords(set), `pain ${set.pain}/10`];
  if (set.level !== item.level) parts.push(`level ${set.level}`);
  if (set.load.kind !== item.load.kind || JSON.stringify(set.load) !== JSON.stringify(item.load)) {
    parts.push(formatLoad(set.load, unit).toLowerCase());
  }
  parts.push(...set.faults.map((fault) => FAULT_LABELS[fault].toLowerCase()));
  return parts.join(', ');
}

function SetsSoFar({
  workout,
  item,
  waiting,
}: {
  workout: LocalWorkout;
  item: Prescription;
  waiting: Set<string>;
}) {
  const done = setsOf(workout, item.exerciseId);
  if (done.length === 0) return null;
  return (
    <section className="sets-so-far" aria-labelledby="sets-so-far-heading">
      <h2 id="sets-so-far-heading" className="sets-so-far__title">
        Done so far
      </h2>
      <ol>
        {done.map((set, index) => (
          <li key={set.id}>
            <span>
              Set {index + 1}: {describeSet(set, item, workout.weightUnit)}
            </span>
            <span className={waiting.has(set.id) ? 'badge badge--waiting' : 'badge badge--sent'}>
              {waiting.has(set.id) ? 'Waiting to send' : 'Saved'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One exercise at a time, big buttons, the rest timer in between, and the finish question at the end. */
export function WorkoutMode({ data, workout }: { data: MemberData; workout: LocalWorkout }) {
  const [, navigate] = useLocation();
  const [isDetailsOpen, setIsDetailsOpen] = useState(false);
  const [fromCamera, setFromCamera] = useState<CameraCount | null>(null);
  const [isFinishing, setIsFinishing] = useState(false);
  const [isAskingPain, setIsAskingPain] = useState(false);
  const isSoundOn = useStored(soundPreference);
  const hasFormCheck = useHasFeature('form-check');
  const { waiting } = useOutbox(data.outbox);
  useWakeLock(true);

  const prescribed = workout.prescription[workout.current] ?? workout.prescription[0];
  const item = prescribed && prescriptionToday(workout, prescribed);
  const stop = prescribed ? painStopOf(workout, prescribed) : null;
  const ending = endingSetOf(workout);
  const isAllDone = isEveryExerciseDone(workout);
  const isLogging =
    item !== undefined && !isAllDone && !isFinishing && workout.restEndsAt === null && !stop && !ending;

  // Pain of 8/10 or more ends the workout at once; the server ends it too when the set reaches it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the ending set is logged.
  useEffect(() => {
    if (ending) endForPain();
  }, [ending]);

  // Back from the form check: its count for the exercise on screen opens the set's details, filled in.
  // Taken only while a set can be logged, so a result is never used up by the rest or finish screens.
  useEffect(() => {
    if (!isLogging || !item) return;
    const result = takeFormCheckResult(item.exerciseId);
    if (!result) return;
    setFromCamera(cameraCountFrom(result, item));
    setIsDetailsOpen(true);
  }, [isLogging, item]);

  if (!item) return null;
  const done = setsOf(workout, item.exerciseId);
  const setNumber = done.length + 1;
  const waitingIds = new Set(waiting.map((entry) => entry.id));
  const nextIndex = nextExerciseIndex(workout, workout.current);
  const lastSet = workout.sets.at(-1);
  const painSoFar = lastPainOf(workout, item.exerciseId);

  function logAsPrescribed(pain: number) {
    if (!item) return;
    log({
      exerciseId: item.exerciseId,
      reps: item.reps,
      level: item.level,
      load: item.load,
      pain,
      faults: [],
    });
  }

  function log(set: SetLog) {
    setIsAskingPain(false);
    if (isSoundOn) prepareSound();
    // As the server stores it: counted by the member unless the set says otherwise.
    const logged: LoggedSet = {
      ...set,
      measuredBy: set.measuredBy ?? 'member',
      id: crypto.randomUUID(),
      loggedAt: new Date().toISOString(),
    };
    const label = setLabel(workout, set.exerciseId);
    data.workout.set((current) => (current ? withSetLogged(current, logged, Date.now()) : current));
    data.outbox.enqueue(writes.logSet(workout.id, logged, label));
    closeDetails();
  }

  function closeDetails() {
    setIsDetailsOpen(false);
    setFromCamera(null);
  }

  function finish(answer: { effort: Effort; newSymptoms: boolean }) {
    const record = { workout, ...answer, finishedAt: new Date().toISOString() };
    data.finished.set((list) => [
      ...list.filter((entry) => entry.workout.id !== workout.id).slice(-9),
      record,
    ]);
    data.outbox.enqueue(writes.finishWorkout(workout.id, answer));
    navigate(`/workouts/${workout.id}`, {
      replace: true,
      state: { isJustFinished: true } satisfies FinishedHistoryState,
    });
    data.workout.set(null);
  }

  /** Kept as finished on the phone with no effort asked; the summary gives the advice for the pain. */
  function endForPain() {
    const record = { workout, effort: null, newSymptoms: false, finishedAt: new Date().toISOString() };
    data.finished.set((list) => [
      ...list.filter((entry) => entry.workout.id !== workout.id).slice(-9),
      record,
    ]);
    navigate(`/workouts/${workout.id}`, {
      replace: true,
      state: { isJustFinished: true } satisfies FinishedHistoryState,
    });
    data.workout.set(null);
  }

  if (ending) return null;

  if (stop) {
    return (
      <Page title="Stop for today" heading={item.name} key="pain-stop" eyebrow="Pain during this exercise">
        <PainStopChoice
          item={item}
          stop={stop}
          onChoose={(choice) =>
            data.workout.set((current) => current && withPainStopAnswered(current, stop, choice))
          }
        />
      </Page>
    );
  }

  if (isFinishing || isAllDone) {
    return (
      <Page title="Finish your workout" heading="Finish your workout" key="finish">
        <FinishStep isEverySetDone={isAllDone} onFinish={finish} onBack={() => setIsFinishing(false)} />
      </Page>
    );
  }

  const position = `Exercise ${workout.current + 1} of ${workout.prescription.length}`;

  if (workout.restEndsAt !== null) {
    const restedAfter =
      workout.prescription.find((entry) => entry.exerciseId === lastSet?.exerciseId) ?? item;
    return (
      <Page title="Rest" heading={`Rest, then ${item.name.toLowerCase()}`} key="rest" eyebrow={position}>
        <RestView
          endsAt={workout.restEndsAt}
          totalSeconds={restedAfter.restSeconds}
          upNext={`${item.name}, set ${setNumber} of ${item.sets}`}
          lastPain={workout.lastPain}
          onSkip={() => data.workout.set((current) => current && withRestChanged(current, null))}
          onAddTime={() =>
            data.workout.set(
              (current) => current && withRestChanged(current, (current.restEndsAt ?? Date.now()) + 30_000),
            )
          }
          onOver={(lateByMs) => {
            if (lateByMs < 3_000) signalRestOver(isSoundOn);
            data.workout.set((current) => current && withRestChanged(current, null));
          }}
        />
        {lastSet?.faults.includes('lost-brace') && <EducationCard lesson="bracing" show="always" />}
      </Page>
    );
  }

  return (
    <Page title={item.name} heading={item.name} eyebrow={position} key={item.exerciseId}>
      {isAskingPain ? (
        <SetPainQuestion
          setNumber={setNumber}
          onChoose={logAsPrescribed}
          onBack={() => setIsAskingPain(false)}
        />
      ) : isDetailsOpen ? (
        <SetDetails
          key={fromCamera ? 'camera' : 'member'}
          item={item}
          setNumber={setNumber}
          defaultPain={painSoFar}
          unit={workout.weightUnit}
          equipment={workout.equipment}
          fromCamera={fromCamera ?? undefined}
          onSave={log}
          onCancel={closeDetails}
        />
      ) : (
        <>
          <p className="set-counter" data-testid="set-counter">
            Set {setNumber} of {item.sets}
          </p>
          <PrescriptionCard
            item={item}
            unit={workout.weightUnit}
            isNameShown={false}
            largeFigure={
              <MovementFigure
                exercise={getExercise(item.exerciseId)}
                level={item.level}
                load={item.load.kind}
                size={220}
              />
            }
          />
          <div className="log-actions">
            <button
              type="button"
              className="button button--primary button--huge"
              onClick={() => {
                if (painSoFar === null) setIsAskingPain(true);
                else logAsPrescribed(painSoFar);
              }}
            >
              {item.reps} good reps
              <span className="button__detail">
                {painSoFar === null
                  ? 'Then choose the pain during the set'
                  : `Pain ${painSoFar} out of 10, same as the last set`}
              </span>
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              onClick={() => setIsDetailsOpen(true)}
            >
              Something was different
            </button>
          </div>
          {hasFormCheck ? (
            <div className="camera-check">
              <Link href={formCheckLinkFor(item)} className="button button--secondary">
                Check my form with the camera
              </Link>
              <p className="camera-check__hint">
                Do set {setNumber} in front of your camera: it counts your reps and good form, then you check
                and save. The video never leaves this device.
              </p>
            </div>
          ) : (
            <p className="camera-check camera-check__hint">
              The form check with your camera, which counts your reps and good form, is part of premium.{' '}
              <Link href="/membership">Learn more about premium membership</Link>
            </p>
          )}
          <SetsSoFar workout={workout} item={item} waiting={waitingIds} />
          {(item.exerciseId === 'squat' || item.exerciseId === 'split-squat') && (
            <EducationCard lesson="knees-over-toes" />
          )}
          <div className="workout__more">
            {nextIndex !== null && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => data.workout.set((current) => current && withExerciseSkipped(current))}
              >
                Skip to {workout.prescription[nextIndex]?.name.toLowerCase()}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={() => setIsFinishing(true)}>
              Finish workout now
            </button>
            <Link href="/today" className="button button--quiet">
              Leave for now
            </Link>
          </div>
          <p className="workout__kept">Your workout is kept on this phone, even if you close the app.</p>
        </>
      )}
    </Page>
  );
}
