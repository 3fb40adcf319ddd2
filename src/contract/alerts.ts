/**
 * Alerts for a member's coach and the coach's review queue. The severities and kinds are the care core's
 * (src/core/care), so the two cannot drift.
 */
import { z } from 'zod';
import { ALERT_KINDS, ALERT_SEVERITIES } from '../core/care/alert.ts';
import { accountIdSchema } from './coaching.ts';

export type { AlertKind, AlertSeverity } from '../core/care/alert.ts';

export const alertSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  kind: z.enum(ALERT_KINDS),
  reason: z.string().describe('What happened, in plain words, with the day'),
  evidence: z.object({
    label: z.string(),
    href: z.string().describe('The coach web screen that shows it: /coach/members/{memberId}/…'),
  }),
  raisedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  resolutionNote: z.string().nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

export const alertListSchema = z.object({ alerts: z.array(alertSchema) });
export type AlertList = z.infer<typeof alertListSchema>;

/** The most alerts one answer holds: the queue is work to do, not an archive. */
export const ALERT_LIST_LIMIT = { default: 100, max: 200 } as const;

const severityListSchema = z
  .string()
  .max(60)
  .transform((text, context) => {
    const parts = text.split(',').map((part) => part.trim());
    const known = new Set<string>(ALERT_SEVERITIES);
    const unknown = parts.filter((part) => !known.has(part));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `expected severities from ${ALERT_SEVERITIES.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(parts)] as (typeof ALERT_SEVERITIES)[number][];
  })
  .describe('Only these severities, comma-separated: critical,high');

export const alertQuerySchema = z
  .object({
    severity: severityListSchema.optional(),
    state: z.enum(['open', 'resolved']).default('open').describe('Open alerts (the queue), or resolved ones'),
    limit: z.coerce.number().int().min(1).max(ALERT_LIST_LIMIT.max).default(ALERT_LIST_LIMIT.default),
  })
  .strict();
export type AlertQuery = z.input<typeof alertQuerySchema>;

export const memberAlertQuerySchema = alertQuerySchema.omit({ severity: true });

export const alertParamsSchema = z.object({ alertId: z.uuid({ error: 'expected an alert id' }) });
export const memberAlertParamsSchema = z.object({ memberId: accountIdSchema });

export const resolveAlertBodySchema = z
  .object({
    note: z
      .string()
      .trim()
      .min(1, 'a note says what was done')
      .max(1000, 'a note is at most 1000 characters')
      .describe('What the coach did about it, in plain text (shown as text, never as markup)'),
  })
  .strict();
export type ResolveAlertBody = z.infer<typeof resolveAlertBodySchema>;
