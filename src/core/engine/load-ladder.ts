/**
 * The loads a member can actually use for an exercise, easiest first. The method only prescribes what the
 * member owns, so "the smallest available increment" is simply the next rung of this ladder.
 */
import { compareLoads } from '../catalogue/loads.ts';
import {
  BAND_STRENGTHS,
  type Equipment,
  type Exercise,
  type Load,
  type LoadKind,
} from '../catalogue/types.ts';
import type { MemberEquipment } from './schemas.ts';

function loadsOfKind(kind: LoadKind, equipment: MemberEquipment): Load[] {
  switch (kind) {
    case 'bodyweight':
      return [{ kind: 'bodyweight' }];
    case 'band':
      return BAND_STRENGTHS.filter((band) => equipment.bands.includes(band)).map((band) => ({ kind, band }));
    case 'dumbbell':
      return equipment.dumbbellsKg.map((kg) => ({ kind, kg }));
    case 'kettlebell':
      return equipment.kettlebellsKg.map((kg) => ({ kind, kg }));
    case 'cable':
      return equipment.cableKg.map((kg) => ({ kind, kg }));
  }
}

/**
 * Bodyweight, then bands by strength, then every weight by kilograms. A dumbbell and a kettlebell of the
 * same weight are one rung (the kind the exercise lists first wins), so a step is always a real increase.
 */
export function loadLadder(exercise: Exercise, equipment: MemberEquipment): Load[] {
  const ladder: Load[] = [];
  for (const kind of exercise.loadOptions) {
    for (const load of loadsOfKind(kind, equipment)) {
      if (!ladder.some((rung) => compareLoads(rung, load) === 0)) ladder.push(load);
    }
  }
  return ladder.sort(compareLoads);
}

export function nextLoad(ladder: readonly Load[], current: Load): Load | null {
  return ladder.find((rung) => compareLoads(rung, current) > 0) ?? null;
}

export function previousLoad(ladder: readonly Load[], current: Load): Load | null {
  return ladder.findLast((rung) => compareLoads(rung, current) < 0) ?? null;
}

export function isLoaded(load: Load): boolean {
  return load.kind !== 'bodyweight';
}

/** Household things every member is taken to have: a sturdy chair, a bit of floor, a door to anchor a band. */
const HOUSEHOLD: readonly Equipment[] = ['chair', 'mat', 'anchor-point'];

export function owns(equipment: MemberEquipment, item: Equipment): boolean {
  switch (item) {
    case 'band':
      return equipment.bands.length > 0;
    case 'dumbbell':
      return equipment.dumbbellsKg.length > 0;
    case 'kettlebell':
      return equipment.kettlebellsKg.length > 0;
    case 'cable':
      return equipment.cableKg.length > 0;
    default:
      return HOUSEHOLD.includes(item);
  }
}

/** Whether the member can do the exercise at all: the equipment it needs, and at least one load to use. */
export function canDo(exercise: Exercise, equipment: MemberEquipment): boolean {
  const hasRequirements = exercise.requires.every((anyOf) => anyOf.some((item) => owns(equipment, item)));
  return hasRequirements && loadLadder(exercise, equipment).length > 0;
}
