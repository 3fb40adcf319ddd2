import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { serverToday } from '../../contract/dates.ts';
import {
  csvQuerySchema,
  csvTableSchema,
  fhirBundleSchema,
  memberExportSchema,
} from '../../contract/export.ts';
import { memberExport } from '../services/export.ts';
import { exportCsv } from '../services/export-csv.ts';
import { measuresBundle } from '../services/fhir-export.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

/** The member takes their data with them: all of it as JSON, tables as CSV, measures as FHIR R4. */
export function exportRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/me/export',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Everything stored about the signed-in account, as one JSON document',
          response: { 200: memberExportSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        reply.header('content-disposition', attachment(`backstrong-export-${serverToday(now)}.json`));
        return memberExport(db, actor, actor.id, now);
      },
    );

    app.get(
      '/api/me/export.csv',
      {
        schema: {
          tags: ['accounts'],
          summary: 'One table of the export as CSV (RFC 4180, header row)',
          description:
            'Text cells starting with = + - or @ are prefixed with an apostrophe so spreadsheets do not run them.',
          querystring: csvQuerySchema,
          response: { 200: csvTableSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const { table } = request.query;
        const csv = exportCsv(await memberExport(db, actor, actor.id, now), table);
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', attachment(`backstrong-${table}-${serverToday(now)}.csv`));
        return csv;
      },
    );

    app.get(
      '/api/me/export/fhir',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The measures as a FHIR R4 Bundle (collection) of QuestionnaireResponse and Observation',
          response: { 200: fhirBundleSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const data = await memberExport(db, actor, actor.id, now);
        reply
          .type('application/fhir+json; charset=utf-8')
          .header('content-disposition', attachment(`backstrong-measures-${serverToday(now)}.fhir.json`));
        return measuresBundle(data.measures, now);
      },
    );
  };
}
