/** Outcome measures: the standard instruments, how they score, what counts as a meaningful change, and when each is due. */

export * from './assessment-baseline.ts';
export * from './chair-stand.ts';
export * from './disability.ts';
export * from './first-week.ts';
export * from './hoos-12.ts';
export * from './instrument.ts';
export * from './instrument-definitions.ts';
export * from './instruments.ts';
export * from './meaningful-change.ts';
export * from './oswestry.ts';
export { OSWESTRY_WORDING_SOURCE } from './oswestry-items.ts';
export * from './pain.ts';
export * from './roland-morris.ts';
export * from './schedule.ts';
export * from './start-back.ts';
