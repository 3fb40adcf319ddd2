/**
 * How the check-ups are named to the member, and how long each takes, from the one table of names in
 * src/core/outcomes/instruments.ts: plain names on Today and in lists, the full published name only in the
 * details. Small enough for the Today card, which must not pull the questionnaires into the first download.
 */
import type { InstrumentId } from '../../../contract/measures.ts';
import { INSTRUMENT_NAMES, minutesWords } from '../../../core/outcomes/instruments.ts';

/** "Back function questionnaire": at the start of a line or as a heading. */
export function plainName(instrumentId: InstrumentId): string {
  return INSTRUMENT_NAMES[instrumentId].plain;
}

/** "Oswestry Disability Index": for the details. */
export function fullName(instrumentId: InstrumentId): string {
  return INSTRUMENT_NAMES[instrumentId].full;
}

/** What each one is about, in plain words, under its name. */
export function aboutText(instrumentId: InstrumentId): string {
  return INSTRUMENT_NAMES[instrumentId].about;
}

/** The plain name inside a sentence: "back pain rating". */
function inSentence(instrumentId: InstrumentId): string {
  const name = plainName(instrumentId);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "back pain rating", "back pain rating and chair stand test", "a, b and c". */
export function joinNames(instrumentIds: readonly InstrumentId[]): string {
  const names = instrumentIds.map(inSentence);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Minutes for several together: as they are up to five, then to the nearest five. */
export function minutesFor(instrumentIds: readonly InstrumentId[]): number {
  const total = instrumentIds.reduce((sum, id) => sum + INSTRUMENT_NAMES[id].minutes, 0);
  return total <= 5 ? total : Math.round(total / 5) * 5;
}

export function aboutMinutes(instrumentIds: readonly InstrumentId[]): string {
  return minutesWords(minutesFor(instrumentIds));
}

/** "2 check-ups due: back pain rating and chair stand test, about 3 minutes." */
export function dueSentence(instrumentIds: readonly InstrumentId[]): string {
  const count = instrumentIds.length;
  const head = count === 1 ? '1 check-up due' : `${count} check-ups due`;
  return `${head}: ${joinNames(instrumentIds)}, ${aboutMinutes(instrumentIds)}.`;
}

/** Capitalised for the start of a line or a heading: "Chair stand". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
