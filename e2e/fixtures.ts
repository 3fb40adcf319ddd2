/** Data several browser tests start from. */
import { noRedFlags } from '../src/core/red-flags/questions.ts';

/** An assessment that starts a member standing up (12 chair stands), with a light band, three days a week. */
export const ASSESSMENT = {
  age: 58,
  painNow: 2,
  painWorstLastWeek: 4,
  surgery: null,
  chairStands: 12,
  equipment: { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
  comfortableRange: { squat: 'halfway', hinge: 'slight-bend' },
  daysPerWeek: 3,
  weightUnit: 'kg',
  redFlags: noRedFlags(),
};
