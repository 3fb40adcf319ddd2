import { ensureDatabaseTemplate } from '../server/db/database.ts';
import { TEMPLATE_DIR } from '../server/db/pglite-template.ts';

/**
 * Run by `npm install` (postinstall): makes the migrated, empty embedded database that a new data
 * directory starts from, so the first `npm start` is ready sooner (src/server/db/pglite-template.ts).
 * Failing here never fails the install: without the template a database is simply made the slow way.
 */
try {
  await ensureDatabaseTemplate();
  console.log(`Made the empty database template in ${TEMPLATE_DIR}.`);
} catch (error) {
  console.warn('Could not make the empty database template (the first start will be slower):', error);
}
