import Fastify from 'fastify';

/** A bare Fastify route taking the same JSON body, for comparison: no auth, no database. */
const app = Fastify({ logger: false });
app.put('/bare/:id', async (_request, reply) => {
  reply.status(201);
  return { ok: true };
});
const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.send?.({ ready: true, url });
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
