/**
 * The form check for one set: frames of keypoints in, live state out (for the camera screen) and a set
 * summary at the end (for the set log). The same object runs live in the browser and over a whole
 * recording in Node. It reuses its arrays from frame to frame, so a frame costs microseconds, not garbage.
 */
import {
  type CameraView,
  type Exercise,
  type ExerciseId,
  getExercise,
  isLargerAngleMoreRange,
  levelReachedByAngle,
} from '../catalogue/index.ts';
import { type Cue, type CueId, createCueWords } from './cues.ts';
import { measurementProfile } from './exercise-profiles.ts';
import { createViewTracker, findFramingProblem } from './framing.ts';
import { type BodySide, createPosePoints, type PoseFrame, readKeypoints } from './keypoints.ts';
import { type CoachingFrame, createLiveCoach } from './live-coach.ts';
import { createFrameMeasurement, leftLegForwardness, measureFrame } from './measure.ts';
import { createRepHistory, SIGNAL } from './rep-history.ts';
import {
  createRepAccumulator,
  type FittedRep,
  type FormRep,
  SPLIT_SQUAT_TRUNK_LEAN_DEGREES,
  VALGUS_CUE_DEGREES,
} from './rep-result.ts';
import { createRepSegmenter, REP_SEGMENTER_DEFAULTS, type RepPhase, type RepSpan } from './rep-segmenter.ts';
import { type FormSetSummary, type FormWarning, summarizeSet, tallyReps } from './set-summary.ts';
import { createPoseSmoother } from './smoothing.ts';
import { createBodyFeatures, createStartBaseline, FEATURE, readBodyFeatures } from './start-baseline.ts';
import { isPastTargetLevel, isSetDone } from './target-level.ts';

export interface FormAnalyzerOptions {
  exercise: Exercise | ExerciseId;
  /** Size of the video frame the keypoints are in, pixels. */
  frameWidth: number;
  frameHeight: number;
  /** The picture is mirrored (a selfie camera or recording): keypoint sides are swapped back. */
  isMirrored?: boolean;
  /** The camera view when it is known (e.g. given on the command line); otherwise it is detected. */
  view?: CameraView;
  /** Keypoints the model scored below this are treated as not seen. */
  minKeypointScore?: number;
  /** The member's level: a rep past it is cued at once and is done but not good. Null when unknown. */
  targetLevel?: number | null;
  /** The reps the set asks for: once that many are done, the set is done and no more frames count. */
  targetReps?: number | null;
}

/** 'setup': not measurable yet (the cue says why); 'starting': learning the start position; 'tracking'. */
export type FormStatus = 'setup' | 'starting' | 'tracking';

export interface LiveFormState {
  timestampMs: number;
  status: FormStatus;
  view: CameraView | 'unknown';
  phase: RepPhase;
  /** The catalogue's joint angle now, degrees; null while not measurable. */
  angle: number | null;
  /** The range level the current angle is at (0 short of level 1). */
  depthLevel: number;
  completedReps: number;
  partialReps: number;
  goodReps: number;
  lastRep: FormRep | null;
  /** The one thing to tell the member now, if anything: a setup problem, or the live coach's cue. */
  cue: Cue | null;
  /** The set has the reps it asked for (`targetReps`): the check has stopped counting. */
  isSetDone: boolean;
}

export interface FormAnalyzer {
  push(frame: PoseFrame): LiveFormState;
  /** Ends the set: a rep still under way becomes partial. */
  finish(): FormSetSummary;
}

export const DEFAULT_MIN_KEYPOINT_SCORE = 0.3;
/** Standing exercises start upright: knees straighter than this in the picture, on average. */
const STANDING_KNEE_DEGREES = 145;
/** Valgus counts when held this long: one jittery frame is not a caving knee. */
const VALGUS_HOLD_MS = 300;
/**
 * Smoothed frames are correlated, so a short still start underestimates their jitter; the unsmoothed
 * angle's spread (independent frames) times this keeps a floor under it.
 */
const JITTER_SHARE_OF_RAW = 0.5;
/**
 * The front leg's shin hangs this much further below its knee than the back one's (share of the frame
 * height) before the analysis decides which leg is in front; feet side by side decide nothing.
 */
const CLEAR_FRONT_LEG_SHARE = 0.02;
/** How long the other leg must stay in front to count as a change of legs. */
const LEG_CHANGE_MS = 250;

export function createFormAnalyzer(options: FormAnalyzerOptions): FormAnalyzer {
  const exercise = typeof options.exercise === 'string' ? getExercise(options.exercise) : options.exercise;
  const profile = measurementProfile(exercise);
  const isLargerDeeper = isLargerAngleMoreRange(profile.joint);
  const isSplitStance = exercise.id === 'split-squat';
  const minScore = options.minKeypointScore ?? DEFAULT_MIN_KEYPOINT_SCORE;
  const raw = createPosePoints();
  const smooth = createPosePoints();
  // Measured twice: smoothed for the live view and the rep segmentation, unsmoothed for RepHistory,
  // whose fit at the turn averages jitter itself and must not inherit the filter's lag.
  const features = createBodyFeatures();
  const measurement = createFrameMeasurement();
  const rawFeatures = createBodyFeatures();
  const rawMeasurement = createFrameMeasurement();
  const smoother = createPoseSmoother();
  const viewTracker = createViewTracker();
  const baseline = createStartBaseline();
  const history = createRepHistory();
  const segmenter = createRepSegmenter({
    ...REP_SEGMENTER_DEFAULTS,
    startDegrees: profile.repStartDegrees,
    minPeakDegrees: profile.repMinDegrees,
  });
  const targetLevel = options.targetLevel ?? null;
  const accumulator = createRepAccumulator(exercise, profile.joint, targetLevel);
  const cueWords = createCueWords(exercise, targetLevel);
  const coach = createLiveCoach({ exerciseId: exercise.id, targetReps: options.targetReps });
  const coaching: CoachingFrame = {
    timestampMs: 0,
    completedReps: 0,
    lastRep: null,
    isPastTargetLevel: false,
    isKneesCaving: false,
    isLosingBrace: false,
    isKneeBendChanging: false,
  };
  /** A setup problem while not tracking; the coach's cue while tracking. */
  let cueId: CueId | null = null;
  const reps: FormRep[] = [];
  let tally = tallyReps(reps);
  let activeView: CameraView | null = null;
  let hasSeenWrongView = false;
  let frontLeg: BodySide | null = null;
  let otherLegSinceMs = Number.NaN;
  let framesAnalyzed = 0;
  let framesWithPerson = 0;
  /** The state the set ended on, once it has all its reps; every later frame gets it unchanged. */
  let doneState: LiveFormState | null = null;

  function state(timestampMs: number, status: FormStatus, view: CameraView | 'unknown'): LiveFormState {
    const angle = status === 'tracking' && Number.isFinite(measurement.angle) ? measurement.angle : null;
    return {
      timestampMs,
      status,
      view,
      phase: segmenter.phase(),
      angle,
      depthLevel: angle === null ? 0 : levelReachedByAngle(exercise, angle),
      ...tally,
      lastRep: reps.at(-1) ?? null,
      cue: cueWords(cueId),
      isSetDone: isSetDone(tally.completedReps, options.targetReps),
    };
  }

  function setup(timestampMs: number, id: CueId, view: CameraView | 'unknown'): LiveFormState {
    cueId = id;
    return state(timestampMs, 'setup', view);
  }

  /**
   * The front leg of a split squat. A change of legs (all reps on one side, then the other) must hold for
   * a moment, and drops whatever rep seemed under way: stepping into the other stride is not a rep.
   */
  function workingSide(timestampMs: number): BodySide | null {
    if (!isSplitStance) return null;
    const forwardness = leftLegForwardness(smooth);
    const isClear = Math.abs(forwardness) >= CLEAR_FRONT_LEG_SHARE * options.frameHeight;
    const now: BodySide | null = isClear ? (forwardness > 0 ? 'left' : 'right') : null;
    if (frontLeg === null) frontLeg = now;
    if (now === null || now === frontLeg) {
      otherLegSinceMs = Number.NaN;
    } else if (Number.isNaN(otherLegSinceMs)) {
      otherLegSinceMs = timestampMs;
    } else if (timestampMs - otherLegSinceMs >= LEG_CHANGE_MS) {
      frontLeg = now;
      otherLegSinceMs = Number.NaN;
      segmenter.reset();
    }
    return frontLeg ?? 'left';
  }

  function recordRep(span: RepSpan, side: BodySide | null): void {
    const { startMs, endMs, turnMs } = span;
    const turnAngle = history.turnValue(SIGNAL.angle, startMs, endMs, turnMs, isLargerDeeper);
    const startAngle = baseline.mean(FEATURE.startAngle);
    const fittedExcursion = isLargerDeeper ? turnAngle - startAngle : startAngle - turnAngle;
    // Smoothing shaves the peak off a short rep at a low frame rate; the fitted turn does not.
    if (!segmenter.isDeepEnough(Math.max(span.peakExcursion, fittedExcursion || 0), span.isComplete)) return;
    const timingLevel = span.isComplete
      ? span.backExcursion
      : REP_SEGMENTER_DEFAULTS.backShare * span.peakExcursion;
    const fitted: FittedRep = {
      turnAngle,
      turnImageAngle: history.turnValue(SIGNAL.imageAngle, startMs, endMs, turnMs, isLargerDeeper),
      valgus: history.sustainedValgus(startMs, endMs, VALGUS_HOLD_MS),
      outMs: turnMs - history.crossing(timingLevel, turnMs, startMs, 'out'),
      backMs: span.isComplete ? history.crossing(timingLevel, turnMs, endMs, 'back') - turnMs : Number.NaN,
    };
    reps.push(accumulator.toRep(span, reps.length + 1, side, fitted));
    tally = tallyReps(reps);
  }

  /** Learns the start position; false while it is not known well enough to measure against. */
  function learnStart(timestampMs: number): boolean {
    if (baseline.isLocked()) return true;
    features[FEATURE.startAngle] = measurement.angle;
    features[FEATURE.rawStartAngle] = rawMeasurement.angle;
    const isStartPosition =
      profile.startPosition === 'lying' || measurement.kneeAngle >= STANDING_KNEE_DEGREES;
    if (isStartPosition) baseline.add(features, timestampMs);
    return baseline.isReady();
  }

  function track(timestampMs: number, view: CameraView): LiveFormState {
    const side = workingSide(timestampMs);
    readBodyFeatures(smooth, features);
    measureFrame(profile, view, smooth, features, baseline, side, measurement);
    readBodyFeatures(raw, rawFeatures);
    measureFrame(profile, view, raw, rawFeatures, baseline, side, rawMeasurement);
    if (!learnStart(timestampMs)) {
      cueId = 'hold-still';
      return state(timestampMs, 'starting', view);
    }
    const startAngle = baseline.mean(FEATURE.startAngle);
    const excursion = isLargerDeeper ? measurement.angle - startAngle : startAngle - measurement.angle;
    history.push(timestampMs, rawMeasurement.angle, rawMeasurement.imageAngle, measurement.valgus, excursion);
    const jitter = Math.max(
      baseline.spread(FEATURE.startAngle),
      JITTER_SHARE_OF_RAW * baseline.spread(FEATURE.rawStartAngle),
    );
    const before = segmenter.phase();
    const span = segmenter.update(timestampMs, excursion, jitter);
    if (span !== null) {
      if (span.isComplete) accumulator.add(measurement);
      recordRep(span, side);
    }
    const isInRep = segmenter.phase() !== 'ready';
    if (isInRep) {
      if (before === 'ready' || span !== null) {
        baseline.lock();
        accumulator.reset();
      }
      accumulator.add(measurement);
    }
    coaching.timestampMs = timestampMs;
    coaching.completedReps = tally.completedReps;
    coaching.lastRep = reps.at(-1) ?? null;
    coaching.isPastTargetLevel =
      isInRep && isPastTargetLevel(levelReachedByAngle(exercise, measurement.angle), targetLevel);
    coaching.isKneesCaving = isInRep && measurement.valgus >= VALGUS_CUE_DEGREES;
    coaching.isLosingBrace =
      isInRep && isSplitStance && measurement.trunkLean > SPLIT_SQUAT_TRUNK_LEAN_DEGREES;
    coaching.isKneeBendChanging = isInRep && accumulator.isKneeBendChanging();
    cueId = coach.update(coaching);
    return state(timestampMs, 'tracking', view);
  }

  function analyze(frame: PoseFrame): LiveFormState {
    const timestampMs = frame.timestampMs;
    framesAnalyzed++;
    readKeypoints(frame, minScore, options.isMirrored === true, raw);
    smoother.smooth(raw, timestampMs, options.frameHeight, smooth);
    const problem = findFramingProblem(
      smooth,
      options.frameWidth,
      options.frameHeight,
      profile.needsBothLegs,
    );
    if (problem !== 'no-person') framesWithPerson++;
    const view = options.view ?? viewTracker.update(smooth, timestampMs);
    if (problem !== null) return setup(timestampMs, problem, view);
    if (view === 'unknown' || !profile.views.includes(view)) {
      hasSeenWrongView = true;
      return setup(timestampMs, profile.views[0] === 'side' ? 'turn-side-on' : 'face-camera', view);
    }
    if (activeView !== null && view !== activeView) {
      // The start position was learnt from the other view: before the first rep it is learnt again;
      // during the set the member has to turn back.
      if (baseline.isLocked())
        return setup(timestampMs, activeView === 'side' ? 'turn-side-on' : 'face-camera', view);
      baseline.reset();
    }
    activeView = view;
    return track(timestampMs, view);
  }

  return {
    push(frame) {
      if (doneState !== null) return doneState;
      const next = analyze(frame);
      if (next.isSetDone) doneState = next;
      return next;
    },
    finish() {
      // A set that is done ended on its last rep: nothing after it is a rep under way.
      const span = doneState === null ? segmenter.finish() : null;
      if (span !== null) recordRep(span, isSplitStance ? (frontLeg ?? 'left') : null);
      const warnings: FormWarning[] = [];
      if (framesWithPerson === 0) warnings.push('no-person-seen');
      else if (activeView === null && hasSeenWrongView) warnings.push('wrong-view');
      else if (!baseline.isReady()) warnings.push('start-not-captured');
      return summarizeSet(
        exercise.id,
        activeView ?? 'unknown',
        reps,
        warnings,
        framesAnalyzed,
        framesWithPerson,
      );
    },
  };
}

/** Runs the form check over a whole recording's keypoints, in order. */
export function analyzeFrames(frames: Iterable<PoseFrame>, options: FormAnalyzerOptions): FormSetSummary {
  const analyzer = createFormAnalyzer(options);
  for (const frame of frames) analyzer.push(frame);
  return analyzer.finish();
}
