/**
 * Runs the form check over many synthetic sets and tallies its accuracy against the truth: exact rep
 * counts per set, depth level per rep, valgus caught and false alarms. Seeded, so every run is the same.
 */
import type { CameraView } from '../catalogue/index.ts';
import { getExercise, levelReachedByAngle } from '../catalogue/index.ts';
import { analyzeFrames } from './analyzer.ts';
import {
  recordSyntheticSet,
  type SyntheticExercise,
  type SyntheticRep,
  type SyntheticSet,
  seededRandom,
} from './synthetic-recording.test-support.ts';

export interface TrialGrid {
  exercise: SyntheticExercise;
  view: CameraView;
  fps: readonly number[];
  /** Keypoint jitter, as the largest displacement in body heights. */
  noise: readonly number[];
  /** Range levels the reps are drawn from. */
  levels: readonly number[];
  setsPerCell: number;
  /** Every other set has knees caving 10–20° (front view, feet straight ahead); the rest none. */
  withValgus?: boolean;
  seed: number;
}

export interface TrialTally {
  sets: number;
  exactSets: number;
  reps: number;
  levelsRight: number;
  valgusReps: number;
  valgusCaught: number;
  plainReps: number;
  falseAlarms: number;
  /** One line per set whose count was wrong, for the failure message. */
  misses: string[];
  /** Those sets themselves, to replay one when a test fails. */
  missedSets: SyntheticSet[];
  /** Turn angle minus truth, per rep of the exact sets. */
  errors: number[];
}

const REPS_PER_SET = 5;

/** A depth inside the level's band, at least a quarter of the band (up to 3°) from either edge. */
function depthIn(exercise: SyntheticExercise, level: number, random: () => number): number {
  const band = getExercise(exercise).levels.find((candidate) => candidate.level === level)?.angle;
  if (band === undefined) throw new RangeError(`${exercise} has no level ${level}`);
  const centre = (band.min + band.max) / 2;
  const margin = Math.min(3, (band.max - band.min) / 4);
  return centre + (random() * 2 - 1) * margin;
}

export function runTrials(grid: TrialGrid): TrialTally {
  const random = seededRandom(grid.seed);
  const exercise = getExercise(grid.exercise);
  const tally: TrialTally = {
    sets: 0,
    exactSets: 0,
    reps: 0,
    levelsRight: 0,
    valgusReps: 0,
    valgusCaught: 0,
    plainReps: 0,
    falseAlarms: 0,
    misses: [],
    missedSets: [],
    errors: [],
  };
  let setNumber = 0;
  for (const fps of grid.fps) {
    for (const noise of grid.noise) {
      for (let cell = 0; cell < grid.setsPerCell; cell++) {
        setNumber++;
        const hasValgus = grid.withValgus === true && cell % 2 === 1;
        const reps: SyntheticRep[] = Array.from({ length: REPS_PER_SET }, () => ({
          turnAngle: depthIn(
            grid.exercise,
            grid.levels[Math.floor(random() * grid.levels.length)] as number,
            random,
          ),
          durationMs: 1000 + random() * 3000,
          valgus: hasValgus ? 10 + random() * 10 : 0,
        }));
        const set: SyntheticSet = {
          exercise: grid.exercise,
          view: grid.view,
          reps,
          fps,
          noise,
          seed: grid.seed * 1000 + setNumber,
          dropRate: 0.1,
          isMirrored: cell % 4 >= 2,
          // Valgus is measured against standing; feet turned out would move the knees outwards too.
          toeOut: hasValgus ? 0 : random() * (grid.view === 'front' ? 15 : 8),
          bodyTurn: random() * 10,
          frontLeg: cell % 3 === 0 ? 'right' : 'left',
        };
        const recording = recordSyntheticSet(set);
        const summary = analyzeFrames(recording.frames, {
          exercise: grid.exercise,
          frameWidth: recording.frameWidth,
          frameHeight: recording.frameHeight,
          isMirrored: set.isMirrored,
        });
        tally.sets++;
        const completed = summary.reps.filter((rep) => rep.isComplete);
        if (completed.length !== reps.length || summary.partialReps !== 0) {
          const found = summary.reps.map(
            (rep) => `${rep.isComplete ? '' : 'partial '}${rep.turnAngle.toFixed(0)}°`,
          );
          const wanted = reps.map(
            (rep) => `${rep.turnAngle.toFixed(0)}°/${(rep.durationMs / 1000).toFixed(1)}s`,
          );
          tally.misses.push(
            `${fps} fps, jitter ${noise}: wanted ${wanted.join(' ')}; found ${found.join(' ')}`,
          );
          tally.missedSets.push(set);
          continue;
        }
        tally.exactSets++;
        completed.forEach((rep, index) => {
          const truth = recording.trueTurnAngles[index] as number;
          tally.reps++;
          tally.errors.push(rep.turnAngle - truth);
          if (rep.level === levelReachedByAngle(exercise, truth)) tally.levelsRight++;
          const isFlagged = rep.faults.includes('knees-caving');
          if (hasValgus) {
            tally.valgusReps++;
            if (isFlagged) tally.valgusCaught++;
          } else {
            tally.plainReps++;
            if (isFlagged) tally.falseAlarms++;
          }
        });
      }
    }
  }
  return tally;
}
