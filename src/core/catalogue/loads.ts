import { BAND_STRENGTHS, type BandStrength, type Load } from './types.ts';

export type WeightUnit = 'kg' | 'lb';

export const POUNDS_PER_KILOGRAM = 2.20462;

/** Kilograms shown to one decimal at most ("10 kg", "12.5 kg"). */
function formatKilograms(kg: number): string {
  return `${Math.round(kg * 10) / 10} kg`;
}

/**
 * Pounds rounded the way weights are sold: to the half pound under 10 lb, to the whole pound above.
 * Weights entered in pounds are stored in kilograms, so this also undoes that conversion ("25 lb").
 */
function formatPounds(kg: number): string {
  const lb = kg * POUNDS_PER_KILOGRAM;
  const rounded = lb < 10 ? Math.round(lb * 2) / 2 : Math.round(lb);
  return `${rounded} lb`;
}

export function formatWeight(kg: number, unit: WeightUnit): string {
  return unit === 'kg' ? formatKilograms(kg) : formatPounds(kg);
}

/** The load in a few plain words: "bodyweight", "light band", "10 kg kettlebell", "22 lb dumbbell". */
export function describeLoad(load: Load, unit: WeightUnit): string {
  switch (load.kind) {
    case 'bodyweight':
      return 'bodyweight';
    case 'band':
      return `${load.band} band`;
    case 'dumbbell':
      return `${formatWeight(load.kg, unit)} dumbbell`;
    case 'kettlebell':
      return `${formatWeight(load.kg, unit)} kettlebell`;
    case 'cable':
      return `${formatWeight(load.kg, unit)} on the cable`;
  }
}

/** The next stronger band, or undefined after the heaviest one (the next step is a weight). */
export function nextBand(band: BandStrength): BandStrength | undefined {
  return BAND_STRENGTHS[BAND_STRENGTHS.indexOf(band) + 1];
}

/** Bodyweight is step 0, bands 1–3, every weight after all bands. */
function loadStep(load: Load): number {
  switch (load.kind) {
    case 'bodyweight':
      return 0;
    case 'band':
      return 1 + BAND_STRENGTHS.indexOf(load.band);
    default:
      return 1 + BAND_STRENGTHS.length;
  }
}

/**
 * Orders loads from easiest to hardest: bodyweight < light < medium < heavy band < any weight, and weights
 * by kilograms. A dumbbell, a kettlebell and a cable of the same weight count as the same step (0).
 * Suitable for `Array.prototype.sort`.
 */
export function compareLoads(a: Load, b: Load): number {
  const byStep = loadStep(a) - loadStep(b);
  if (byStep !== 0) return Math.sign(byStep);
  if ('kg' in a && 'kg' in b) return Math.sign(roundGrams(a.kg) - roundGrams(b.kg));
  return 0;
}

/** Weights converted from pounds carry float noise; ten grams is well below any real difference. */
function roundGrams(kg: number): number {
  return Math.round(kg * 100);
}

/** Same kind and same band or weight. */
export function isSameLoad(a: Load, b: Load): boolean {
  switch (a.kind) {
    case 'bodyweight':
      return b.kind === 'bodyweight';
    case 'band':
      return b.kind === 'band' && a.band === b.band;
    default:
      return b.kind === a.kind && 'kg' in b && roundGrams(a.kg) === roundGrams(b.kg);
  }
}
