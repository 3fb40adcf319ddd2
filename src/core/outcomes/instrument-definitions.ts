/**
 * Every outcome instrument by id, for code that walks them all: the FHIR export, the report, the server's
 * answer validation (`INSTRUMENTS[id].answersSchema.safeParse(body)`).
 */
import { CHAIR_STAND } from './chair-stand.ts';
import { HOOS_12 } from './hoos-12.ts';
import type { InstrumentId } from './instrument.ts';
import { OSWESTRY } from './oswestry.ts';
import { PAIN } from './pain.ts';
import { ROLAND_MORRIS } from './roland-morris.ts';
import { START_BACK } from './start-back.ts';

export const INSTRUMENTS = {
  oswestry: OSWESTRY,
  'roland-morris': ROLAND_MORRIS,
  pain: PAIN,
  'start-back': START_BACK,
  'chair-stand': CHAIR_STAND,
  'hoos-12': HOOS_12,
} as const satisfies Record<InstrumentId, { id: InstrumentId }>;

export type Instruments = typeof INSTRUMENTS;
