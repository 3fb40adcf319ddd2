import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/server.ts';

/**
 * The real server for the site benchmark: embedded database in DATA_DIR with the demo accounts and the
 * demo publication seeded on start, as a first run has it. The public pages need no web app build.
 */
const server = await startServer(loadConfig());
process.send?.({ ready: true, url: server.url });
process.on('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
