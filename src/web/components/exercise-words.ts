import {
  BAND_STRENGTHS,
  type Equipment,
  type ExerciseShape,
  type LoadKind,
} from '../../core/catalogue/types.ts';

/** The catalogue's equipment and load words as a member would say them. */
export const EQUIPMENT_WORDS: Record<Equipment, string> = {
  band: 'a resistance band',
  dumbbell: 'a dumbbell',
  kettlebell: 'a kettlebell',
  cable: 'a cable machine (as in a gym)',
  chair: 'a sturdy chair',
  mat: 'a mat',
  'anchor-point': 'something low and solid to tie a band to',
};

export const LOAD_WORDS: Record<LoadKind, string> = {
  bodyweight: 'Your own body weight',
  band: `A band: ${BAND_STRENGTHS.join(', then ')}`,
  dumbbell: 'A dumbbell',
  kettlebell: 'A kettlebell',
  cable: 'A cable machine',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The catalogue lists what is needed as "all of these groups, any one item from each group". A member thinks
 * the other way round: "either this, or these together". This turns the first into the second, keeping only
 * the smallest sets: [[cable, band], [cable, anchor]] becomes [[cable], [band, anchor]].
 */
export function equipmentChoices(requires: readonly (readonly Equipment[])[]): Equipment[][] {
  let choices: Equipment[][] = [[]];
  for (const anyOf of requires) {
    choices = choices.flatMap((choice) =>
      anyOf.map((item) => (choice.includes(item) ? choice : [...choice, item])),
    );
  }
  const isSmallest = (choice: Equipment[], index: number) =>
    !choices.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        other.every((item) => choice.includes(item)) &&
        (other.length < choice.length || otherIndex < index),
    );
  return choices.filter(isSmallest);
}

/** Each way to be equipped for the exercise, in words: "A resistance band and something low …". */
export function describeEquipmentChoices(requires: readonly (readonly Equipment[])[]): string[] {
  return equipmentChoices(requires)
    .filter((choice) => choice.length > 0)
    .map((choice) => capitalise(choice.map((item) => EQUIPMENT_WORDS[item]).join(' and ')));
}

/** Whether the exercise is done lying down (its figure is wide and low). */
export function isDoneLyingDown(exercise: ExerciseShape): boolean {
  return exercise.levels.every((range) => range.startPose.base === 'back' && range.endPose.base === 'back');
}
