/**
 * The form check's analysis: MoveNet keypoints in, live state and a set summary out. Pure: the pose model
 * (src/pose) and the screens (src/web) sit around it. See CONTEXT.md for the words it uses.
 */
export {
  analyzeFrames,
  createFormAnalyzer,
  DEFAULT_MIN_KEYPOINT_SCORE,
  type FormAnalyzer,
  type FormAnalyzerOptions,
  type FormStatus,
  type LiveFormState,
} from './analyzer.ts';
export { type Cue, type CueId, cueFor, VALGUS_DISCLAIMER } from './cues.ts';
export { type MeasurementProfile, measurementProfile } from './exercise-profiles.ts';
export type { FramingProblem } from './framing.ts';
export {
  type BodySide,
  KEYPOINT_NAMES,
  type Keypoint,
  type KeypointName,
  type PoseFrame,
} from './keypoints.ts';
export { createOneEuroFilter, type OneEuroFilter, type OneEuroSettings } from './one-euro.ts';
export { type FormNote, type FormRep, VALGUS_CUE_DEGREES } from './rep-result.ts';
export type { RepPhase } from './rep-segmenter.ts';
export { CONSISTENT_SHARE, type FormSetSummary, type FormWarning, type RepTally } from './set-summary.ts';
export { KEYPOINT_SMOOTHING } from './smoothing.ts';
