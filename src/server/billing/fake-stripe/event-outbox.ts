import Stripe from 'stripe';
import { ApiError, noSuch } from './api-error.ts';
import { type EventObject, newId, toSeconds } from './objects.ts';

export interface StripeEventRecord {
  id: string;
  type: string;
  /** How many times the endpoint answered it (with any status). */
  delivered: number;
  /** The endpoint's last answer; 0 when the last try got none (connection refused, timed out). */
  lastStatus?: number;
}

/** Records an event about `object` as it is at this moment. */
export type RecordEvent = (type: string, object: object, previous?: Record<string, unknown>) => void;

interface Entry {
  record: StripeEventRecord;
  /** The body exactly as first sent, so a redelivery is byte for byte a duplicate. */
  payload: string;
}

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * The events the fake creates and their webhook deliveries. Deliveries go one at a time in the order the
 * events were made (unless held and released reversed), so a test reads a deterministic sequence; a
 * failed delivery is recorded, never thrown.
 */
export function createEventOutbox(clock: () => Date) {
  const entries: Entry[] = [];
  let endpoint: { url: string; secret: string } | null = null;
  let held: Entry[] | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const record: RecordEvent = (type, object, previous) => {
    const event: EventObject = {
      id: newId('evt_'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: toSeconds(clock()),
      livemode: false,
      type,
      data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
    const entry = { record: { id: event.id, type, delivered: 0 }, payload: JSON.stringify(event, null, 2) };
    entries.push(entry);
    if (held) held.push(entry);
    else if (endpoint) void enqueue(entry);
  };

  function enqueue(entry: Entry): Promise<number> {
    const sent = queue.then(() => deliver(entry));
    queue = sent;
    return sent;
  }

  async function deliver(entry: Entry): Promise<number> {
    if (!endpoint) return 0;
    const { url, secret } = endpoint;
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload: entry.payload,
      secret,
      timestamp: toSeconds(clock()),
    });
    let status = 0;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: entry.payload,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      status = response.status;
      entry.record.delivered += 1;
    } catch {
      // No answer: recorded as 0, as Stripe's dashboard lists a failed attempt.
    }
    entry.record.lastStatus = status;
    return status;
  }

  /** Waits for the queue's end, including deliveries added while waiting. */
  async function drain(): Promise<void> {
    let tail: Promise<unknown>;
    do {
      tail = queue;
      await tail;
    } while (tail !== queue);
  }

  function find(eventId: string): Entry {
    const entry = entries.find((candidate) => candidate.record.id === eventId);
    if (!entry) throw noSuch('event', eventId);
    return entry;
  }

  return {
    record,
    setEndpoint(url: string, secret: string): void {
      if (!secret.startsWith('whsec_')) throw new Error('A webhook endpoint secret starts with whsec_');
      endpoint = { url, secret };
    },
    events(): StripeEventRecord[] {
      return entries.map((entry) => ({ ...entry.record }));
    },
    redeliver(eventId: string): Promise<number> {
      const entry = find(eventId);
      if (!endpoint)
        throw new ApiError(400, 'No webhook endpoint to send to: call setWebhookEndpoint first.');
      return enqueue(entry);
    },
    hold(): void {
      held ??= [];
    },
    async release(order: 'in-order' | 'reverse' = 'in-order'): Promise<void> {
      const released = held ?? [];
      held = null;
      if (order === 'reverse') released.reverse();
      if (endpoint) for (const entry of released) void enqueue(entry);
      await drain();
    },
    /** Resolves once every delivery started so far has been answered or has failed. */
    settled: drain,
  };
}

export type EventOutbox = ReturnType<typeof createEventOutbox>;
