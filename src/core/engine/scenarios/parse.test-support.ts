/**
 * A tiny parser for scenarios written like a coach's notes, one per line:
 *
 *   squat L2 bodyweight 5x10: 5x10 ok pain 2; 5x10 ok pain 2 → squat L2 band-light 3x10 technique (load step)
 *
 * Left of the arrow: who the member is and what they did; right: what the next workout must be, and in
 * brackets the rules that must have fired. The full grammar is in README.md beside this file. Anything the parser
 * does not understand is an error, never silently skipped: a note that cannot be read cannot be checked.
 */
import {
  BAND_STRENGTHS,
  EXERCISE_IDS,
  type ExerciseId,
  FORM_FAULT_IDS,
  type FormFaultId,
  type Load,
} from '../../catalogue/types.ts';
import { RED_FLAG_QUESTION_IDS, type RedFlagQuestionId } from '../../red-flags/questions.ts';
import { isKnownRule } from '../decision.ts';
import type { CoachChange, Effort, MemberEquipment, Stage } from '../schemas.ts';

export class ScenarioSyntaxError extends Error {}

export function fail(message: string): never {
  throw new ScenarioSyntaxError(message);
}

export interface ExpectedPrescription {
  exerciseId: ExerciseId;
  level: number;
  load: Load;
  sets: number | null;
  stage: Stage | null;
}

export interface Expectation {
  phase: number | null;
  prescriptions: ExpectedPrescription[];
  paused: 'screen' | 'clearance' | 'coach' | null;
  rules: string[];
  tellCoach: boolean;
  /** Phase criteria not met yet, by kind ("not yet: pain trend"). */
  notYet: string[];
  /** Sets of each exercise the member got to log in the last workout (`today: squat 1 set → …`). */
  setsToday: { exerciseId: ExerciseId; sets: number }[];
}

export type ScenarioEvent =
  | {
      kind: 'workout';
      reps: number[];
      /** Per set, the reps with good form when the camera counted them apart (`1x10/8`), else undefined. */
      goodReps: (number | undefined)[];
      faults: FormFaultId[];
      /** The highest pain of the workout. */
      pain: number;
      /** Per set of each exercise, in order (`pain 2/4/2`); every set the same when one number is given. */
      pains: number[];
      painBefore: number;
      /** When pain stops an exercise, the member goes on one level lower instead of skipping it. */
      goesLower: boolean;
      effort: Effort;
      newSymptoms: boolean;
    }
  | { kind: 'rest'; days: number }
  | { kind: 'check-in'; pain: number; newSymptoms: boolean }
  | { kind: 'screen'; answers: RedFlagQuestionId[] }
  | { kind: 'cleared' }
  | { kind: 'coach'; change: CoachChange };

export function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export function integer(token: string | undefined, what: string): number {
  if (token === undefined || !/^\d+$/.test(token))
    fail(`expected ${what} as a whole number, got "${token ?? ''}"`);
  return Number(token);
}

export function parseLoad(token: string): Load {
  if (token === 'bodyweight') return { kind: 'bodyweight' };
  const band = /^band-(\w+)$/.exec(token)?.[1];
  if (band !== undefined) {
    const strength = BAND_STRENGTHS.find((candidate) => candidate === band);
    return strength ? { kind: 'band', band: strength } : fail(`no band called "${band}"`);
  }
  const weight = /^(dumbbell|kettlebell|cable)-(\d+(?:\.\d+)?)kg$/.exec(token);
  if (weight?.[1] && weight[2]) {
    return { kind: weight[1] as 'dumbbell' | 'kettlebell' | 'cable', kg: Number(weight[2]) };
  }
  return fail(`"${token}" is not a load (bodyweight, band-light, dumbbell-6kg, kettlebell-8kg, cable-10kg)`);
}

export function parseExerciseId(token: string | undefined): ExerciseId {
  return EXERCISE_IDS.find((id) => id === token) ?? fail(`"${token ?? ''}" is not an exercise`);
}

function parseFault(token: string): FormFaultId | null {
  return FORM_FAULT_IDS.find((id) => id === token) ?? null;
}

/** `squat L2 band-light 3x10 technique`: sets and stage are optional. */
export function parsePrescription(text: string): ExpectedPrescription {
  const [id, level, load, ...rest] = words(text);
  const levelMatch = /^L(\d+)$/.exec(level ?? '');
  if (!levelMatch?.[1]) fail(`expected a level like L2 after the exercise in "${text}"`);
  if (load === undefined) fail(`expected a load after the level in "${text}"`);
  const prescription: ExpectedPrescription = {
    exerciseId: parseExerciseId(id),
    level: Number(levelMatch[1]),
    load: parseLoad(load),
    sets: null,
    stage: null,
  };
  for (const token of rest) {
    const sets = /^(\d)x10$/.exec(token)?.[1];
    if (sets) prescription.sets = Number(sets);
    else if (token === 'technique' || token === 'work') prescription.stage = token;
    else fail(`"${token}" is not sets (3x10) or a stage (technique, work) in "${text}"`);
  }
  return prescription;
}

export function parsePrescriptions(text: string): ExpectedPrescription[] {
  return text.split(' + ').map(parsePrescription);
}

export function parseAnswers(text: string): RedFlagQuestionId[] {
  if (text.trim() === 'nothing') return [];
  return text.split(/,| and /).map((part) => {
    const id = part.trim();
    return (
      RED_FLAG_QUESTION_IDS.find((candidate) => candidate === id) ??
      fail(`"${id}" is not a red-flag question`)
    );
  });
}

/** `owns nothing`, `owns bands light medium and dumbbells 4 6 and cable 5 10`. */
export function parseEquipment(text: string): MemberEquipment {
  const equipment: MemberEquipment = { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] };
  if (text.trim() === 'nothing') return equipment;
  for (const part of text.split(' and ')) {
    const [kind, ...values] = words(part);
    if (kind === 'bands') {
      equipment.bands = values.map(
        (value) => BAND_STRENGTHS.find((band) => band === value) ?? fail(`no band called "${value}"`),
      );
    } else if (kind === 'dumbbells' || kind === 'kettlebells' || kind === 'cable') {
      const kilograms = values.map((value) => integer(value, `${kind} weight in kg`));
      if (kind === 'dumbbells') equipment.dumbbellsKg = kilograms;
      if (kind === 'kettlebells') equipment.kettlebellsKg = kilograms;
      if (kind === 'cable') equipment.cableKg = kilograms;
    } else {
      fail(`"${part}" is not equipment (bands, dumbbells, kettlebells, cable, or nothing)`);
    }
  }
  return equipment;
}

function parseLevel(token: string | undefined, text: string): number {
  const level = /^L(\d+)$/.exec(token ?? '')?.[1];
  return level ? Number(level) : fail(`expected a level like L2 in "${text}"`);
}

/**
 * `coach squat L3`, `coach squat band-medium 3 sets`, `coach add glute-bridge L1 bodyweight`,
 * `coach remove hip-hinge`, `coach pause`, `coach resume`: a change the member's coach makes that day.
 */
function parseCoachChange(tokens: readonly string[], text: string): CoachChange {
  const [first, second, third, fourth] = tokens;
  if ((first === 'pause' || first === 'resume') && tokens.length === 1) return { kind: first };
  if (first === 'remove' && tokens.length === 2)
    return { kind: 'remove', exerciseId: parseExerciseId(second) };
  if (first === 'add' && tokens.length === 4 && fourth) {
    return {
      kind: 'add',
      exerciseId: parseExerciseId(second),
      level: parseLevel(third, text),
      load: parseLoad(fourth),
    };
  }
  const change: Extract<CoachChange, { kind: 'exercise' }> = {
    kind: 'exercise',
    exerciseId: parseExerciseId(first),
  };
  const rest = tokens.slice(1);
  for (let index = 0; index < rest.length; index += 1) {
    const token = rest[index] ?? '';
    if (/^L\d+$/.test(token)) change.level = parseLevel(token, text);
    else if (rest[index + 1] === 'sets') {
      change.targetSets = integer(token, 'sets');
      index += 1;
    } else change.load = parseLoad(token);
  }
  return change;
}

/** `5x10 ok pain 2`, `4x10 1x7 knees-caving pain 4 before 3 could-not-finish new-symptom`, `4x10 1x10/8 ok pain 2`. */
export function parseEvent(text: string): ScenarioEvent {
  const tokens = words(text);
  const [first, second, third] = tokens;
  if (first === 'rest') {
    if (third !== 'days' && third !== 'day') fail(`expected "rest N days", got "${text}"`);
    return { kind: 'rest', days: integer(second, 'days of rest') };
  }
  if (first === 'check-in') {
    return {
      kind: 'check-in',
      pain: integer(second, 'pain at the check-in'),
      newSymptoms: third === 'new-symptom',
    };
  }
  if (first === 'screen') return { kind: 'screen', answers: parseAnswers(tokens.slice(1).join(' ')) };
  if (first === 'cleared' && tokens.length === 1) return { kind: 'cleared' };
  if (first === 'coach') return { kind: 'coach', change: parseCoachChange(tokens.slice(1), text) };

  const event: Extract<ScenarioEvent, { kind: 'workout' }> = {
    kind: 'workout',
    reps: [],
    goodReps: [],
    faults: [],
    pain: -1,
    pains: [],
    painBefore: 2,
    goesLower: false,
    effort: 'hard-good-form',
    newSymptoms: false,
  };
  let isOk = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const group = /^(\d+)x(\d+)(?:\/(\d+))?$/.exec(token);
    const fault = parseFault(token);
    if (group?.[1] && group[2]) {
      const count = Number(group[1]);
      const good = group[3] === undefined ? undefined : Number(group[3]);
      if (good !== undefined && good > Number(group[2])) fail(`more good reps than reps in "${token}"`);
      event.reps.push(...Array<number>(count).fill(Number(group[2])));
      event.goodReps.push(...Array<number | undefined>(count).fill(good));
    } else if (token === '+') continue;
    else if (token === 'ok') isOk = true;
    else if (fault) event.faults.push(fault);
    else if (token === 'pain') event.pains = painsOf(tokens[++index]);
    else if (token === 'lower') event.goesLower = true;
    else if (token === 'before') event.painBefore = integer(tokens[++index], 'pain before the workout');
    else if (token === 'easy') event.effort = 'easy';
    else if (token === 'could-not-finish') event.effort = 'could-not-finish';
    else if (token === 'new-symptom') event.newSymptoms = true;
    else fail(`"${token}" is not part of a workout note like "5x10 ok pain 2" in "${text}"`);
  }
  if (event.reps.length === 0) fail(`a workout needs its sets, like 3x10, in "${text}"`);
  if (event.pains.length === 0) fail(`a workout needs "pain N" (0–10) in "${text}"`);
  if (event.pains.length === 1) event.pains = event.reps.map(() => event.pains[0] ?? 0);
  if (event.pains.length !== event.reps.length) fail(`one pain per set, or one for all, in "${text}"`);
  event.pain = Math.max(...event.pains);
  if (event.pain > 10) fail(`pain is 0–10 in "${text}"`);
  if (isOk === event.faults.length > 0) fail(`a workout is either "ok" or names its faults, in "${text}"`);
  return event;
}

/** `2` for every set, or `2/4/2` set by set. */
function painsOf(token: string | undefined): number[] {
  if (token === undefined || !/^\d+(\/\d+)*$/.test(token))
    fail(`expected pain like 2 or 2/4/2, got "${token ?? ''}"`);
  return token.split('/').map(Number);
}

/** `squat 1 set + hip-hinge 3 sets`: how many sets of each exercise the member got to log today. */
export function parseSetsToday(text: string): { exerciseId: ExerciseId; sets: number }[] {
  return text.split(' + ').map((part) => {
    const [id, count, unit, ...rest] = words(part);
    if ((unit !== 'set' && unit !== 'sets') || rest.length > 0)
      fail(`expected "squat 2 sets", got "${part}"`);
    return { exerciseId: parseExerciseId(id), sets: integer(count, 'sets') };
  });
}

/** `(load step, tell coach)` or `(not yet: pain trend)` at the end of the expected side. */
export function parseRules(text: string): Pick<Expectation, 'rules' | 'tellCoach' | 'notYet'> {
  const names = text.split(',').map((name) => name.trim().toLowerCase().replaceAll(' ', '-'));
  if (names[0]?.startsWith('not-yet:')) {
    const notYet = [names[0].slice('not-yet:'.length).replace(/^-+/, ''), ...names.slice(1)];
    return { rules: [], tellCoach: false, notYet };
  }
  const rules = names.filter((name) => name !== 'tell-coach');
  for (const rule of rules) if (!isKnownRule(rule)) fail(`"${rule}" is not a rule of the method`);
  return { rules, tellCoach: names.includes('tell-coach'), notYet: [] };
}
