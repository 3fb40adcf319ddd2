import type { FastifyReply } from 'fastify';

/**
 * Sends JSON that is already text (a kept answer, checked against the route's schema when it was made).
 * Fastify sends a string with a JSON content type as it is, so the route's serializer does not parse it
 * again; the type provider cannot know that a string stands for the schema's shape, hence the cast.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json as never);
}
