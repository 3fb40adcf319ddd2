import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document is generated from the routes' Zod schemas, so it cannot drift from the code. */
export async function registerApiDocs(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Backstrong API',
        description:
          'Progressive hip strengthening for people with low back pain. Errors are RFC 9457 problem details (application/problem+json). Sign in with POST /api/auth/sign-in/email; the login session is an HttpOnly cookie.',
        version: '0.1.0',
      },
      servers: [{ url: publicUrl }],
      tags: [
        { name: 'accounts', description: 'Sign-up, sign-in, passwords and consent' },
        { name: 'exercises', description: 'The exercise catalogue' },
        { name: 'plan', description: 'Safety screen, assessment, plan and decisions' },
        { name: 'workouts', description: 'Workouts, logged sets and the next-morning check-in' },
        {
          name: 'measures',
          description: 'Outcome measures: questionnaires, tests, progress and what is due',
        },
        {
          name: 'progress',
          description: 'Training progress over time: exercises, volume, pain, adherence and the story so far',
        },
        {
          name: 'coaching',
          description:
            "The care team: a member's coach and their consent to share; a coach's caseload, alerts, messages and plan changes on assigned, sharing members",
        },
        {
          name: 'notifications',
          description: 'Notification settings, the in-app list, and Web Push subscriptions',
        },
        { name: 'admin', description: 'Administration' },
        { name: 'operations', description: 'Health and readiness probes' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI's policy lets the docs be framed by the app's own pages; nothing needs that.
    transformStaticCSP: (policy) => policy.replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  });
}
