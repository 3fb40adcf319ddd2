import type { FastifyInstance } from 'fastify';
import { requireAccess } from '../access/access.ts';
import type { AppContext } from './context.ts';

/**
 * Every route under /api/coach is for coaches only: a member or an admin is refused with 403 before the
 * request is even read. Each coach route file calls this first; the routes' services still start with
 * their own access check (an assigned member who shares with the coach, or 404/403).
 */
export function refuseAllButCoaches(app: FastifyInstance, context: AppContext): void {
  app.addHook('onRequest', async (request) => {
    const actor = await context.loginSessions.require(request);
    await requireAccess(context.db, { actor, permission: 'coach.caseload' });
  });
}
