/** Choices that belong to this phone rather than to the member's plan. */
import { onDevice } from './offline/stored.ts';

/** A short sound when a rest ends. */
export const soundPreference = onDevice<boolean>('sound', true);
