/**
 * A made-up person with long-standing back pain who slowly gets better over about six months: the numbers
 * they would give and the reps they would manage, drawn from a seeded pseudo-random model so the same seed
 * gives the same person. The model only plays the member; what they are asked to do, and every decision
 * about it, comes from the engine (see generate.ts).
 *
 * The shape of the story: steady, slowing improvement (pain 6 → 2–3, Oswestry 38 → low 20s, chair stands
 * 9 → 14, HOOS-12 rising, STarT Back medium → low), with two bad weeks, a missed fortnight (a holiday:
 * no workouts, no measures) and a flare-up with higher pain and mornings that are worse after training.
 */
import { getExercise } from '../../../core/catalogue/index.ts';
import { FORM_FAULT_IDS, type FormFaultId } from '../../../core/catalogue/types.ts';
import { loadLadder, type MemberEquipment, type Prescription } from '../../../core/engine/index.ts';
import {
  HOOS_12_ITEM_IDS,
  OSWESTRY_SECTION_IDS,
  ROLAND_MORRIS_ITEM_IDS,
  START_BACK_ITEM_IDS,
} from '../../../core/outcomes/index.ts';

/** mulberry32: small, fast and good enough to make a believable person; never for anything secret. */
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

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The days (from the start) when life got in the way. */
export const STORY = {
  badWeeks: [
    [42, 48],
    [133, 139],
  ],
  missedFortnight: [70, 83],
  flareUp: [98, 106],
} as const;

const within = (day: number, [from, to]: readonly [number, number]) => day >= from && day <= to;

export interface DayOfLife {
  isBadWeek: boolean;
  isAway: boolean;
  isFlareUp: boolean;
  /** 0 at the start, rising towards 1: how far the improvement has come. */
  progress: number;
  /** Everyday back pain, 0–10, before the day's noise. */
  painLevel: number;
}

export interface SetPlan {
  reps: number;
  pain: number;
  faults: FormFaultId[];
}

export function createMember(seed: number, totalDays: number, equipment: MemberEquipment) {
  const random = seededRandom(seed);
  const noise = (spread: number) => (random() * 2 - 1) * spread;
  const chance = (probability: number) => random() < probability;
  /** Where each exercise started, in steps of range and load: the member's strength grows from there. */
  const startingDifficulty = new Map<string, number>();
  /** How firmly the member holds each STarT Back belief: it lets go of a belief once improvement passes this. */
  const startBackDoubts = Object.fromEntries(START_BACK_ITEM_IDS.map((id) => [id, random()]));

  function day(index: number): DayOfLife {
    const isBadWeek = STORY.badWeeks.some((range) => within(index, range));
    const isFlareUp = within(index, STORY.flareUp);
    const progress = 1 - Math.exp(-index / 75);
    const painLevel = 2.4 + 3.6 * Math.exp(-index / 60) + (isBadWeek ? 1 : 0) + (isFlareUp ? 2.5 : 0);
    return { isBadWeek, isAway: within(index, STORY.missedFortnight), isFlareUp, progress, painLevel };
  }

  function difficulty(item: Prescription): number {
    const ladder = loadLadder(getExercise(item.exerciseId), equipment);
    const rung = ladder.findIndex((load) => JSON.stringify(load) === JSON.stringify(item.load));
    return item.level + Math.max(0, rung);
  }

  /** The sets of one exercise: full sets while it is within the member's strength, fewer reps beyond it. */
  function sets(index: number, item: Prescription): SetPlan[] {
    const today = day(index);
    const demand = difficulty(item);
    if (!startingDifficulty.has(item.exerciseId)) startingDifficulty.set(item.exerciseId, demand);
    const gain = 8 * (1 - Math.exp(-index / 110));
    const setback = (today.isBadWeek ? 1 : 0) + (today.isFlareUp ? 1.5 : 0);
    const margin = (startingDifficulty.get(item.exerciseId) ?? demand) + gain - setback - demand;
    const faultChance = 0.03 + (margin < 0 ? 0.12 : 0) + (today.isBadWeek ? 0.06 : 0);
    const fault = chance(faultChance)
      ? FORM_FAULT_IDS[Math.floor(random() * FORM_FAULT_IDS.length)]
      : undefined;
    return Array.from({ length: item.sets }, (_, set) => {
      const completes = 1 / (1 + Math.exp(-(2.4 + 2.5 * margin - 0.25 * set)));
      const reps = random() < completes ? item.reps : item.reps - 1 - Math.floor(random() * 4);
      const pain = Math.round(
        today.painLevel * 0.5 + (margin < 0 ? 1 : 0) + (today.isFlareUp ? 2 : 0) + noise(1),
      );
      const isLast = set === item.sets - 1;
      return { reps, pain: clamp(pain, 0, 10), faults: isLast && fault ? [fault] : [] };
    });
  }

  return {
    random,
    day,
    sets,
    /** Misses the odd training day even when not away. */
    skipsWorkout: (index: number) => day(index).isAway || chance(0.06),
    painBefore: (index: number) => clamp(Math.round(day(index).painLevel + noise(1)), 0, 10),
    /** Next morning's pain, from the pain before the workout; worse mornings in a flare-up or bad week. */
    morningPain(index: number, painBefore: number): number | null {
      if (chance(0.1)) return null; // forgot to check in
      const today = day(index);
      const worse = today.isFlareUp ? [1, 1, 2] : today.isBadWeek ? [0, 1, 1, 2] : [-1, 0, 0, 0, 1];
      return clamp(painBefore + (worse[Math.floor(random() * worse.length)] ?? 0), 0, 10);
    },
    answers: (index: number) =>
      measureAnswers(index, day(index), { random, noise, chance, startBackDoubts }, totalDays),
  };
}

export type Member = ReturnType<typeof createMember>;

/** Sections where this member's trouble sits: lifting and sitting worst, personal care least. */
const OSWESTRY_LEAN: Record<string, number> = {
  lifting: 0.9,
  sitting: 0.5,
  travelling: 0.3,
  'personal-care': -0.8,
};
const START_BACK_AGREES: Record<string, number> = {
  'leg-pain': 0.9,
  'shoulder-or-neck-pain': 0.15,
  'walks-short-distances': 0.85,
  'dresses-slowly': 0.8,
  'activity-unsafe': 0.9,
  'worrying-thoughts': 0.8,
  'never-better': 0.2,
  'no-enjoyment': 0.25,
};

interface Dice {
  random: () => number;
  noise: (spread: number) => number;
  chance: (probability: number) => boolean;
  startBackDoubts: Record<string, number>;
}

function measureAnswers(dayIndex: number, today: DayOfLife, dice: Dice, totalDays: number) {
  const { random, noise, chance, startBackDoubts } = dice;
  const { progress } = today;
  const setback = (today.isBadWeek ? 3 : 0) + (today.isFlareUp ? 7 : 0);
  const oswestryTarget = 22 + 16 * (1 - progress) + setback;
  return {
    oswestry(): Record<string, number> {
      const skipsSexLife = chance(0.15);
      const sections = OSWESTRY_SECTION_IDS.filter((id) => !(skipsSexLife && id === 'sex-life'));
      const answers = Object.fromEntries(
        sections.map((id) => [
          id,
          clamp(Math.round(oswestryTarget / 20 + (OSWESTRY_LEAN[id] ?? 0) + noise(0.4)), 0, 5),
        ]),
      );
      // Nudge single sections until the index is the day's, give or take a point: answers stay believable.
      const wanted = Math.round((oswestryTarget / 100) * 5 * sections.length);
      for (let guard = 0; guard < 40; guard++) {
        const sum = Object.values(answers).reduce((total, value) => total + value, 0);
        if (sum === wanted) break;
        const id = sections[Math.floor(random() * sections.length)] ?? 'lifting';
        answers[id] = clamp((answers[id] ?? 0) + (sum < wanted ? 1 : -1), 0, 5);
      }
      return answers;
    },
    'roland-morris'(): Record<string, number> {
      // The first statements in the published order are the ones that apply, as many as the day's disability.
      const yes = clamp(Math.round(oswestryTarget / 4 + noise(1)), 0, 24);
      return Object.fromEntries(ROLAND_MORRIS_ITEM_IDS.map((id, rank) => [id, rank < yes ? 1 : 0]));
    },
    pain(): Record<string, number> {
      return {
        now: clamp(Math.round(today.painLevel + noise(1)), 0, 10),
        'week-average': clamp(Math.round(today.painLevel + noise(0.45)), 0, 10),
      };
    },
    'start-back'(): Record<string, number> {
      const fading = 1 - 0.85 * progress + (today.isFlareUp ? 0.3 : 0);
      const answers: Record<string, number> = {};
      for (const id of START_BACK_ITEM_IDS) {
        if (id === 'bothersome')
          answers[id] = clamp(Math.round(3 - 2.2 * progress + (today.isFlareUp ? 1 : 0) + noise(0.3)), 0, 4);
        else answers[id] = (startBackDoubts[id] ?? 1) < (START_BACK_AGREES[id] ?? 0) * fading ? 1 : 0;
      }
      return answers;
    },
    'chair-stand'(): { stands: number; sex: 'female' } {
      // Strength in the legs comes more slowly than the first relief from pain.
      const gained = 5 * ((1 - Math.exp(-dayIndex / 110)) / (1 - Math.exp(-totalDays / 110)));
      return {
        stands: clamp(Math.round(9 + gained - (today.isFlareUp ? 1 : 0) + noise(0.6)), 0, 60),
        sex: 'female',
      };
    },
    'hoos-12'(): Record<string, number> {
      const trouble = 1.9 - 1.1 * progress + (today.isFlareUp ? 0.5 : 0);
      return Object.fromEntries(
        HOOS_12_ITEM_IDS.map((id, rank) => [
          id,
          clamp(Math.round(trouble + ((rank % 3) - 1) * 0.4 + noise(0.5)), 0, 4),
        ]),
      );
    },
  };
}
