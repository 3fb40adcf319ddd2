import { nextReleaseSlot, type ReleaseSchedule } from '../../core/publication/release-schedule.ts';
import { Refusal } from './errors.ts';

/**
 * The status rules an article and an episode share. A draft may be scheduled (for the next release slot
 * unless a time is given, never in the past) or published now; a scheduled one may be unscheduled
 * (back to a draft) or published now; a published one may be unpublished (back to a draft). Each move is
 * safe to repeat: publishing a published item or unscheduling a draft changes nothing. A move from the
 * wrong side (unpublishing what is only scheduled, unscheduling what is out) is refused, saying which
 * move the editor meant.
 */
export type PublicationStatus = 'draft' | 'scheduled' | 'published';

export interface StatusChange {
  status: PublicationStatus;
  publish_at: Date | null;
  published_at: Date | null;
}

/** Why an item cannot be scheduled or published yet, in the editor's words; empty when it can. */
export type Missing = string[];

export function wrongStatus(detail: string): Refusal {
  return new Refusal('conflict', 'wrong-status', 'Not possible now', detail);
}

function notReady(missing: Missing): Refusal | undefined {
  if (missing.length === 0) return undefined;
  const detail = `Not ready to publish: ${missing.join('; ')}.`;
  return new Refusal('conflict', 'not-ready', 'Not ready to publish', detail);
}

export function scheduleChange(
  current: { status: PublicationStatus },
  missing: Missing,
  request: { publishAt: Date | undefined; now: Date; schedule: ReleaseSchedule },
): StatusChange {
  if (current.status === 'published') {
    throw new Refusal(
      'conflict',
      'already-published',
      'Already published',
      'This is published already; unpublish it first to schedule it again.',
    );
  }
  const refusal = notReady(missing);
  if (refusal) throw refusal;
  const publishAt = request.publishAt ?? nextReleaseSlot(request.now, request.schedule);
  if (publishAt.getTime() <= request.now.getTime()) {
    throw new Refusal('invalid', 'in-the-past', 'Time in the past', 'Choose a time in the future.', {
      errors: [{ location: 'body.publishAt', message: 'this time has passed already' }],
    });
  }
  return { status: 'scheduled', publish_at: publishAt, published_at: null };
}

export function unscheduleChange(current: StatusChange): StatusChange {
  if (current.status === 'published') {
    throw wrongStatus('This is published, not scheduled: unpublish it instead.');
  }
  if (current.status !== 'scheduled') return current;
  return { status: 'draft', publish_at: null, published_at: null };
}

export function publishNowChange(current: StatusChange, missing: Missing, now: Date): StatusChange {
  if (current.status === 'published') return current;
  const refusal = notReady(missing);
  if (refusal) throw refusal;
  return { status: 'published', publish_at: null, published_at: now };
}

export function unpublishChange(current: StatusChange): StatusChange {
  if (current.status === 'scheduled') {
    throw wrongStatus('This is scheduled, not published: unschedule it instead.');
  }
  if (current.status !== 'published') return current;
  return { status: 'draft', publish_at: null, published_at: null };
}
