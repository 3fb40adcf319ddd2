/**
 * Films the synthetic stick figure: a timeline of reps (still start, smooth down-and-up reps, pauses), an
 * orthographic camera in front or at the side, and what a real phone adds: keypoint jitter, dropped
 * frames, uneven frame times, the odd keypoint the model is unsure of, and mirroring. Seeded, so a test
 * sees the same frames on every run.
 */
import type { CameraView } from '../catalogue/index.ts';
import { KEYPOINT_NAMES, type Keypoint, type PoseFrame } from './keypoints.ts';
import {
  measuredAngle,
  type Skeleton,
  type SyntheticExercise,
  type SyntheticRep,
  skeletonAt,
} from './synthetic-figure.test-support.ts';

export type { SyntheticExercise, SyntheticRep } from './synthetic-figure.test-support.ts';

export interface SyntheticSet {
  exercise: SyntheticExercise;
  view: CameraView;
  reps: SyntheticRep[];
  fps: number;
  seed: number;
  frameWidth?: number;
  frameHeight?: number;
  isMirrored?: boolean;
  /** Keypoint jitter: each keypoint lands anywhere within this share of body height of the truth. */
  noise?: number;
  /** Share of frames lost (a slow pose model, a skipped camera frame). */
  dropRate?: number;
  /** How far feet and knees turn out, degrees. */
  toeOut?: number;
  /** How far the whole body is turned from square to the camera, degrees. */
  bodyTurn?: number;
  frontLeg?: 'left' | 'right';
  /** Ends the recording this far (0–1) into the last rep, leaving it unfinished. */
  cutLastRepAt?: number;
  pauseMs?: number;
}

export interface SyntheticRecording {
  frames: PoseFrame[];
  /** The true 3D angle of the measured joint at each rep's turn. */
  trueTurnAngles: number[];
}

/** Mulberry32: a small seeded generator, so every run sees the same "random" jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Held still before the first rep, as the analysis asks, and after the last. */
const START_STILL_MS = 1500;
const END_STILL_MS = 800;
/** How often the model scores a keypoint too low to use. */
const UNSURE_KEYPOINT_RATE = 0.02;

/** Rep progress at time `t` into a rep: 0 at the start, 1 at the turn, smooth like a real movement. */
function progressAt(t: number, durationMs: number): number {
  return (1 - Math.cos((2 * Math.PI * t) / durationMs)) / 2;
}

/** Which rep (if any) is under way at `t`, and how far into it, on the set's timeline. */
function timelineAt(set: SyntheticSet, t: number): { rep: SyntheticRep | undefined; progress: number } {
  let start = START_STILL_MS;
  for (const rep of set.reps) {
    if (t < start) break;
    if (t < start + rep.durationMs) return { rep, progress: progressAt(t - start, rep.durationMs) };
    start += rep.durationMs + (set.pauseMs ?? 500);
  }
  return { rep: undefined, progress: 0 };
}

function recordingLength(set: SyntheticSet): number {
  const pauses = (set.reps.length - 1) * (set.pauseMs ?? 500);
  const reps = set.reps.reduce((sum, rep) => sum + rep.durationMs, 0);
  const last = set.reps.at(-1);
  if (set.cutLastRepAt !== undefined && last !== undefined) {
    return START_STILL_MS + pauses + reps - last.durationMs * (1 - set.cutLastRepAt);
  }
  return START_STILL_MS + pauses + reps + END_STILL_MS;
}

interface Camera {
  width: number;
  height: number;
  /** Pixels per body height. */
  scale: number;
  project(point: [number, number, number]): [number, number];
}

function camera(set: SyntheticSet): Camera {
  const isLying = set.exercise === 'glute-bridge';
  const width = set.frameWidth ?? (isLying ? 640 : 360);
  const height = set.frameHeight ?? (isLying ? 360 : 640);
  const scale = isLying ? 0.75 * width : 0.8 * height;
  const turn = (set.bodyTurn ?? 0) * (Math.PI / 180);
  const floorY = (isLying ? 0.8 : 0.93) * height;
  // Side-on, the camera is centred on the figure at rest, as a member centres themselves on the screen.
  const atRest = skeletonAt(set, undefined, 0);
  const centreZ = KEYPOINT_NAMES.reduce((sum, name) => sum + atRest[name][2], 0) / KEYPOINT_NAMES.length;
  return {
    width,
    height,
    scale,
    project([x, y, z]) {
      const turnedX = x * Math.cos(turn) + z * Math.sin(turn);
      const turnedZ = -x * Math.sin(turn) + z * Math.cos(turn);
      const across = set.view === 'front' ? turnedX : turnedZ - centreZ;
      return [width / 2 + scale * across, floorY - scale * y];
    },
  };
}

/** A point within `radius` of the origin, evenly spread over the disc. */
function jitter(random: () => number, radius: number): [number, number] {
  const distance = radius * Math.sqrt(random());
  const direction = 2 * Math.PI * random();
  return [distance * Math.cos(direction), distance * Math.sin(direction)];
}

function film(skeleton: Skeleton, set: SyntheticSet, lens: Camera, random: () => number): Keypoint[] {
  return KEYPOINT_NAMES.map((name) => {
    const [x, y] = lens.project(skeleton[name]);
    const [dx, dy] = jitter(random, (set.noise ?? 0) * lens.scale);
    const score = random() < UNSURE_KEYPOINT_RATE ? 0.1 : 0.9;
    // A mirrored picture shows the figure's left on the left, where the model expects a right side.
    const seenAs = set.isMirrored
      ? (name.replace(/^left_|^right_/, (m) => (m === 'left_' ? 'right_' : 'left_')) as Keypoint['name'])
      : name;
    return { name: seenAs, x: set.isMirrored ? lens.width - (x + dx) : x + dx, y: y + dy, score };
  });
}

export function recordSyntheticSet(
  set: SyntheticSet,
): SyntheticRecording & { frameWidth: number; frameHeight: number } {
  const random = seededRandom(set.seed);
  const lens = camera(set);
  const stepMs = 1000 / set.fps;
  const frames: PoseFrame[] = [];
  const end = recordingLength(set);
  for (let t = 0; t < end; t += stepMs) {
    if (random() < (set.dropRate ?? 0)) continue;
    const timestampMs = t + (random() - 0.5) * 0.1 * stepMs;
    const { rep, progress } = timelineAt(set, timestampMs);
    frames.push({ timestampMs, keypoints: film(skeletonAt(set, rep, progress), set, lens, random) });
  }
  const side = set.frontLeg ?? 'left';
  const trueTurnAngles = set.reps.map((rep) => measuredAngle(set.exercise, skeletonAt(set, rep, 1), side));
  return { frames, trueTurnAngles, frameWidth: lens.width, frameHeight: lens.height };
}
