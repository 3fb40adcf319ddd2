/**
 * The outcome-measures API as the web app reads and writes it. The shapes are the contract's
 * (src/contract/measures.ts), imported as types only, so none of the scoring code (nor Zod) is bundled.
 */
import type {
  DueToday,
  InstrumentHistory,
  InstrumentId,
  InstrumentList,
  MeasureSubmission,
  MeasuresSummary,
  SkipBody,
  SnoozeBody,
} from '../../contract/measures.ts';
import type { OutboxEntry } from '../offline/outbox.ts';
import { get } from './client.ts';
import { type MemberId, memberApiPath, OWN } from './member-paths.ts';

const withToday = (path: string, today: string) => `${path}?today=${encodeURIComponent(today)}`;

export const measures = {
  instruments: () => get<InstrumentList>('/api/measures/instruments'),
  summary: (today: string, memberId: MemberId = OWN) =>
    get<MeasuresSummary>(memberApiPath(memberId, '/measures', { today })),
  due: (today: string) => get<DueToday>(withToday('/api/measures/due', today)),
  history: (instrumentId: InstrumentId) =>
    get<InstrumentHistory>(`/api/measures/${encodeURIComponent(instrumentId)}`),
};

type Write = Omit<OutboxEntry, 'queuedAt'>;

/** The measures' writes, sent through the outbox like every write the member must not lose. */
export const measureWrites = {
  record: (body: MeasureSubmission, label: string): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/measures',
    body,
    label,
    about: body.id,
  }),
  snooze: (body: SnoozeBody & { on: string }, label: string): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/measures/snoozes',
    body,
    label,
    about: body.id,
  }),
  skip: (body: SkipBody & { on: string }, label: string): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/measures/skips',
    body,
    label,
    about: body.id,
  }),
};
