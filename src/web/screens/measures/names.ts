/**
 * How the measures are named to the member, and how long each takes: small enough for the Today card,
 * which must not pull the questionnaires into the first download.
 */
import type { InstrumentId } from '../../../contract/measures.ts';

/** The name in a list: "Oswestry, pain and chair stand". */
export const SHORT_NAMES: Record<InstrumentId, string> = {
  oswestry: 'Oswestry',
  'roland-morris': 'Roland-Morris',
  pain: 'pain',
  'start-back': 'STarT Back',
  'chair-stand': 'chair stand',
  'hoos-12': 'HOOS-12',
};

/** What each one is about, in plain words, under its name. */
export const ABOUT: Record<InstrumentId, string> = {
  oswestry: 'How your back affects everyday life: ten short questions.',
  'roland-morris': 'How your back affects everyday life: yes or no to 24 sentences.',
  pain: 'Your back pain now and over the last week: two numbers.',
  'start-back': 'How your back pain is affecting you, body and mind: nine quick questions.',
  'chair-stand': 'How many times you can stand up from a chair in 30 seconds.',
  'hoos-12': 'How your hips are doing: twelve questions.',
};

/** Roughly how long each takes, in minutes, reading at an easy pace. */
export const MINUTES: Record<InstrumentId, number> = {
  oswestry: 3,
  'roland-morris': 3,
  pain: 1,
  'start-back': 2,
  'chair-stand': 2,
  'hoos-12': 3,
};

/** "Oswestry", "Oswestry and pain", "Oswestry, pain and chair stand". */
export function joinNames(instrumentIds: readonly InstrumentId[]): string {
  const names = instrumentIds.map((id) => SHORT_NAMES[id]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Minutes for several together: as they are up to five, then to the nearest five. */
export function minutesFor(instrumentIds: readonly InstrumentId[]): number {
  const total = instrumentIds.reduce((sum, id) => sum + MINUTES[id], 0);
  return total <= 5 ? total : Math.round(total / 5) * 5;
}

export function aboutMinutes(instrumentIds: readonly InstrumentId[]): string {
  const minutes = minutesFor(instrumentIds);
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** "2 check-ups due: Oswestry and chair stand, about 5 minutes." */
export function dueSentence(instrumentIds: readonly InstrumentId[]): string {
  const count = instrumentIds.length;
  const head = count === 1 ? '1 check-up due' : `${count} check-ups due`;
  return `${head}: ${joinNames(instrumentIds)}, ${aboutMinutes(instrumentIds)}.`;
}

/** Capitalised for the start of a line or a heading: "Chair stand". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
