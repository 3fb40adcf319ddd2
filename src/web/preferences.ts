import type { FigureView } from '../core/catalogue/body.ts';
/** Choices that belong to this phone rather than to the member's plan. */
import { onDevice } from './offline/stored.ts';

/** A short sound when a rest ends. */
export const soundPreference = onDevice<boolean>('sound', true);

/** Which way the exercise figures are shown, side or front: the member's last choice, on this device. */
export const figureViewPreference = onDevice<FigureView>('figure-view', 'side');
