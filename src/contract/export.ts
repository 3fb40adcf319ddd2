/** Your data: everything as JSON, one table as CSV, the measures as FHIR R4. */
import { z } from 'zod';

const rows = z.array(z.unknown());

export const memberExportSchema = z.looseObject({
  format: z.literal('backstrong-export'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  account: z.record(z.string(), z.unknown()).describe('No password hash and no tokens'),
  consent: z.object({ version: z.string(), agreedAt: z.iso.datetime() }).nullable(),
  consentHistory: z
    .array(
      z.object({
        consent: z.enum(['health-data', 'coach-sharing']),
        change: z.enum(['given', 'withdrawn']),
        version: z.string().nullable(),
        at: z.iso.datetime(),
      }),
    )
    .describe('Each consent given, withdrawn or stopped after sign-up, with its time, oldest first'),
  coaching: z
    .object({
      coach: z.object({ name: z.string(), assignedAt: z.iso.datetime() }).nullable(),
      sharing: z.object({ version: z.string(), agreedAt: z.iso.datetime() }).nullable(),
      coachRequestedAt: z.iso.datetime().nullable(),
    })
    .describe('The member’s coach, their consent to share with them and any request for a coach'),
  assessments: rows,
  screens: rows,
  plan: z.record(z.string(), z.unknown()).nullable(),
  workouts: rows.describe('Each workout with its logged sets'),
  checkIns: rows,
  decisions: rows,
  measures: rows,
  snoozes: rows,
  skips: rows.describe('First-week questionnaires put behind the others, once each'),
  messages: rows.describe('The thread with the coach (with any earlier coach too)'),
  alerts: rows.describe('What was raised for the coach about the member, and how it was resolved'),
  coachActions: rows.describe('What coaches did for the member, when, and the minutes they logged'),
  pushSubscriptions: rows.describe('The browsers that receive the member’s notifications by Web Push'),
});

export const CSV_TABLES = ['sets', 'workouts', 'measures', 'decisions', 'check-ins', 'messages'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const csvQuerySchema = z.object({
  table: z.enum(CSV_TABLES, { error: `expected one of ${CSV_TABLES.join(', ')}` }),
});

export const csvTableSchema = z.string().describe('text/csv; charset=utf-8');

export const fhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  id: z.string(),
  type: z.literal('collection'),
  timestamp: z.string(),
  entry: z.array(
    z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) }),
  ),
});
