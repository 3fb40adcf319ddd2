/**
 * The exercise catalogue's vocabulary. Pure data types shared by the engine, the server and the web app.
 * Angles are in degrees and follow the camera's convention: a joint angle is the inner angle between the
 * two segments meeting at the joint, so a straight knee (standing) is about 180° and a deep squat is < 90°.
 */

export const EXERCISE_IDS = ['glute-bridge', 'squat', 'hip-hinge', 'split-squat', 'pull-through'] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Things a member may own; the engine only prescribes loads the member has. */
export type Equipment = 'band' | 'dumbbell' | 'kettlebell' | 'cable' | 'chair' | 'mat' | 'anchor-point';

export const BAND_STRENGTHS = ['light', 'medium', 'heavy'] as const;
export type BandStrength = (typeof BAND_STRENGTHS)[number];

export type LoadKind = 'bodyweight' | 'band' | 'dumbbell' | 'kettlebell' | 'cable';

/** A concrete load for one set. Weights are stored in kilograms, always. */
export type Load =
  | { kind: 'bodyweight' }
  | { kind: 'band'; band: BandStrength }
  | { kind: 'dumbbell'; kg: number }
  | { kind: 'kettlebell'; kg: number }
  | { kind: 'cable'; kg: number };

/** Which joint angle the camera (and the figure) uses to place a rep at a level. */
export type MeasuredAngle = 'knee' | 'hip' | 'front-knee' | 'hip-extension';

/** Where the camera should be for the form check to see what matters. */
export type CameraView = 'front' | 'side';

export const FORM_FAULT_IDS = [
  'knees-caving',
  'back-rounding',
  'lost-brace',
  'past-pain-free-range',
] as const;
export type FormFaultId = (typeof FORM_FAULT_IDS)[number];

/**
 * A side-view stick-figure pose. Segment angles are absolute, in degrees, measured counter-clockwise from
 * the positive x axis (pointing the way the figure faces), so 90° points straight up.
 * `base` says which part rests on the floor: 'feet' for upright movements, 'back' for lying ones.
 * Lying on the back the figure faces the ceiling, so there +x points from the head towards the feet.
 */
export interface FigurePose {
  base: 'feet' | 'back';
  /** Shin of the (front) leg, ankle → knee. */
  shin: number;
  /** Thigh of the (front) leg, knee → hip. */
  thigh: number;
  /** Trunk, hip → shoulder. */
  trunk: number;
  /** Rear leg for split stance (thigh hip → knee, shin knee → ankle); absent for two-footed stances. */
  rearThigh?: number;
  rearShin?: number;
}

/** A level as drawn and measured; the words a member reads about it are in the exercise's words. */
export interface RangeLevelShape {
  /** 1 is the smallest range; levels are contiguous. */
  level: number;
  /** Short plain name, e.g. "Slight bend". */
  name: string;
  /** The measured joint angle at the bottom (or, for the bridge, the top) of a rep that counts for this level. */
  angle: { joint: MeasuredAngle; min: number; max: number };
  /** The figure at the start/end of a rep and at the turning point, for the drawing. */
  startPose: FigurePose;
  endPose: FigurePose;
}

export interface RangeLevel extends RangeLevelShape {
  /** One or two sentences a member understands. */
  description: string;
}

export interface ExerciseFault {
  id: FormFaultId;
  /** What the fault looks like in this exercise. */
  looksLike: string;
  /** The cue that fixes it, addressed to the member. */
  cue: string;
}

/**
 * What an exercise is for the engine, the camera and the drawings: small enough for the first screen
 * (Today draws each exercise), without the sentences the exercise's own screens read.
 */
export interface ExerciseShape {
  id: ExerciseId;
  name: string;
  /** Phase of the program in which the exercise is first prescribed (1–5). */
  introducedInPhase: number;
  cameraView: CameraView;
  /** Equipment without which the exercise cannot be done at all (any one of each inner list suffices). */
  requires: Equipment[][];
  /** Load kinds in the order the method adds them: bodyweight, then band, then weights. */
  loadOptions: LoadKind[];
  levels: RangeLevelShape[];
}

/** What a member reads about an exercise. */
export interface ExerciseWords {
  /** One sentence: what it is and why it helps the back. */
  summary: string;
  /** Where the band goes or how the weight is held, for each load kind that needs saying. */
  loadPlacement?: Partial<Record<LoadKind, string>>;
  /** Each level's description, in the order of the levels. */
  levelDescriptions: string[];
  setup: string[];
  cues: string[];
  faults: ExerciseFault[];
  /** Who should not do it yet, in plain words. */
  notYet: string[];
  /** Another way to do the same movement, e.g. the band version of the cable pull-through. */
  variant?: { name: string; when: string; setup: string[] };
}

/** The whole exercise: its shape with its words, each level with its description. */
export interface Exercise extends ExerciseShape, Omit<ExerciseWords, 'levelDescriptions'> {
  levels: RangeLevel[];
}
