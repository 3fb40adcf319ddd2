/**
 * The method's numbers and rules, in one place, so a coach can read (and a later issue can adjust) them.
 * The functions that apply them live beside this file; every decision they make names one of these rules.
 */

export const METHOD = {
  repsPerSet: 10,
  sets: {
    /** Every new exercise, at the start or when a phase brings it in, begins with two clean sets. */
    newExercise: 2,
    /** After a step up or down: back to three sets, technique first. */
    afterStep: 3,
    most: 5,
    fewest: 2,
  },
  /** Clean workouts (no form faults) at one level and load before technique counts as established. */
  techniqueCleanWorkouts: 2,
  progress: { fullSets: 5, consecutiveWorkouts: 2, highestPain: 3 },
  pain: {
    /** 0–3 is fine; from here we hold. */
    holdFrom: 4,
    /** Above this we regress one step and tell the coach. */
    regressAbove: 5,
    /** From here the plan pauses and the red-flag screen is asked again. */
    pauseFrom: 8,
    /** A set this many points above the pain before the workout stops that exercise for today. */
    setRisesBy: 2,
    /** A next-morning check-in this many points worse than before the workout regresses it. */
    checkInWorseBy: 2,
  },
  gaps: { oneSetLowerFromDays: 10, oneLevelLowerFromDays: 28 },
  start: {
    recentSurgeryWeeks: 12,
    gentleBelowChairStands: 8,
    noBridgeFromChairStands: 10,
    gentleFromPainNow: 7,
  },
  restSeconds: { technique: 60, work: 90 },
  /** How many cues to show: more while learning a movement, fewer once effort is the point. */
  cuesShown: { technique: 3, work: 2, most: 3 },
  /** How many workouts' highest pain we keep to judge the pain trend. */
  painHistoryLength: 6,
} as const;

/** Which part of the method a rule belongs to; the numbers are the method's rules 1–6. */
export type RuleGroup =
  | 'start'
  | 'technique'
  | 'work-hard'
  | 'progress'
  | 'pain'
  | 'form'
  | 'gaps'
  | 'phases'
  | 'safety'
  | 'coach';

export interface Rule {
  group: RuleGroup;
  /** What the rule says, for a coach. */
  says: string;
}

export const RULES = {
  'start-gentle': {
    group: 'start',
    says: 'Surgery in the last 12 weeks, fewer than 8 chair stands, or pain now 7/10 or more: start with the glute bridge and a supported squat at the smallest range.',
  },
  'start-upright': {
    group: 'start',
    says: 'Otherwise start with the squat, hip hinge and supported split squat, each at the level of the pain-free range the member tested.',
  },
  'start-bridge-stepping-stone': {
    group: 'start',
    says: 'An upright starter with 8 or 9 chair stands keeps the glute bridge for now, as a stepping stone.',
  },
  'start-no-bridge': {
    group: 'start',
    says: '10 or more chair stands: no bridge; an exercise well within a person’s ability does not make them stronger.',
  },
  'start-pull-through-later': {
    group: 'start',
    says: 'The pull-through comes only in phase 4, once the hip hinge is at its upper levels with load.',
  },
  'technique-continue': {
    group: 'technique',
    says: 'At a new level or load, the first workouts aim for clean reps (2–3 sets), not fatigue.',
  },
  'technique-established': {
    group: 'technique',
    says: 'Two workouts at a level and load with no form faults establish technique: from then on, work hard.',
  },
  'add-a-set': {
    group: 'work-hard',
    says: 'Every target set done as 10 good reps: the target grows by one set, up to 5.',
  },
  'hold-sets': {
    group: 'work-hard',
    says: 'Not every target set done as 10 good reps, or the member could not finish with good form: same target again.',
  },
  'keep-going': {
    group: 'progress',
    says: '5 × 10 with good form and pain at most 3/10 once: do it once more before a step.',
  },
  'load-step': {
    group: 'progress',
    says: '5 × 10 with good form twice in a row, pain at most 3/10, and the last step was range (or none yet): add the smallest load the member owns.',
  },
  'range-step': {
    group: 'progress',
    says: '5 × 10 with good form twice in a row, pain at most 3/10, and the last step was load: one level more range.',
  },
  'range-instead-of-load': {
    group: 'progress',
    says: 'A load step is due but the member owns nothing heavier: one level more range instead.',
  },
  'load-instead-of-range': {
    group: 'progress',
    says: 'A range step is due but the exercise is at full range: the next load instead.',
  },
  'hold-at-top': {
    group: 'progress',
    says: 'Full range with the heaviest load the member owns: keep 5 × 10 there; more equipment would allow more.',
  },
  'pain-hold': {
    group: 'pain',
    says: 'Pain 4–5/10 during the exercise: hold, no progression.',
  },
  'pain-regress': {
    group: 'pain',
    says: 'Pain above 5/10 during the exercise: one step back (range first, then load) and tell the coach.',
  },
  'check-in-regress': {
    group: 'pain',
    says: 'Next morning 2 or more points worse than before the workout: one step back on that workout’s exercises and tell the coach.',
  },
  'check-in-fine': {
    group: 'pain',
    says: 'Next morning less than 2 points worse than before the workout: no change.',
  },
  'pain-stop-exercise': {
    group: 'pain',
    says: 'During a workout, a set with pain above 5/10, or 2 or more points above the pain before the workout: that exercise stops for today (skip it, or go on one level lower) and the workout carries on with the others.',
  },
  'pain-pause': {
    group: 'safety',
    says: 'Pain 8/10 or more: the workout ends at once (if it is under way), the plan pauses and the red-flag questions are asked again.',
  },
  'symptom-pause': {
    group: 'safety',
    says: 'A new symptom reported: pause the plan and ask the red-flag questions again.',
  },
  'form-hold': {
    group: 'form',
    says: 'A form fault: hold, and show the cue that fixes it.',
  },
  'form-repeat-regress': {
    group: 'form',
    says: 'The same form fault in two workouts in a row: one range level back.',
  },
  'gap-one-set-lower': {
    group: 'gaps',
    says: '10 or more days without training: resume one set lower.',
  },
  'gap-one-level-lower': {
    group: 'gaps',
    says: '28 or more days without training: resume one level lower (and one set lower).',
  },
  'phase-up': {
    group: 'phases',
    says: 'The entry criteria of the next phase are all met: the member earns it.',
  },
  'exercise-added': {
    group: 'phases',
    says: 'A phase brings an exercise in, at its smallest range and lightest load.',
  },
  'exercise-needs-equipment': {
    group: 'phases',
    says: 'A phase would bring an exercise in, but the member has nothing to do it with.',
  },
  'exercise-retired': {
    group: 'phases',
    says: 'A stepping-stone exercise leaves once the member is strong enough standing up.',
  },
  'screen-flagged': {
    group: 'safety',
    says: 'A red-flag sign: the plan is paused until the member confirms a doctor has cleared them.',
  },
  'screen-clear': {
    group: 'safety',
    says: 'No red-flag sign on the repeated screen: the plan carries on.',
  },
  'cleared-to-exercise': {
    group: 'safety',
    says: 'The member confirms a doctor has cleared them: the pause ends.',
  },
  'doctor-clearance': {
    group: 'safety',
    says: 'An emergency or see-a-doctor screen holds the account until the member confirms a doctor has assessed them, with the date: the hold ends, and any pause waiting for it.',
  },
  'coach-change': {
    group: 'coach',
    says: 'The member’s coach changes a level, a load or the sets, adds or removes an exercise, or pauses or resumes the plan, always with a reason; the engine carries on from there. A coach cannot resume a pause the safety rules made, nor let workouts start during a safety hold.',
  },
  // The id stays as it is (not "plan-paused"): stored decisions name their rule by it.
  'program-paused': {
    group: 'safety',
    says: 'While the plan is paused, a workout changes nothing.',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
