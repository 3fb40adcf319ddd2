/**
 * Which back-disability questionnaire Backstrong asks. The Oswestry wording needs a commercial licence, so
 * the choice is configuration: a deployment without the licence runs Roland-Morris instead, and nothing
 * else changes (both score "lower is better" and both have published thresholds for meaningful change).
 */
import { z } from 'zod';
import { OSWESTRY } from './oswestry.ts';
import { ROLAND_MORRIS } from './roland-morris.ts';

export const DISABILITY_INSTRUMENTS = ['oswestry', 'roland-morris'] as const;
export type DisabilityInstrument = (typeof DISABILITY_INSTRUMENTS)[number];

export const disabilityInstrumentSchema = z.enum(DISABILITY_INSTRUMENTS, {
  error: 'the disability questionnaire is "oswestry" or "roland-morris"',
});

export type DisabilityInstrumentDefinition = typeof OSWESTRY | typeof ROLAND_MORRIS;

export function disabilityInstrument(id: 'oswestry'): typeof OSWESTRY;
export function disabilityInstrument(id: 'roland-morris'): typeof ROLAND_MORRIS;
export function disabilityInstrument(id: DisabilityInstrument): DisabilityInstrumentDefinition;
export function disabilityInstrument(id: DisabilityInstrument): DisabilityInstrumentDefinition {
  return id === 'oswestry' ? OSWESTRY : ROLAND_MORRIS;
}
