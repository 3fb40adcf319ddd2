import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/server.ts';

/** The real server for the API benchmark: embedded database in DATA_DIR, no web app, roomy sign-up limits. */
const server = await startServer(loadConfig(), {
  accountActionLimits: {
    perAccountAndAddress: 1000,
    perAccount: 1000,
    perAddress: 100_000,
    windowSeconds: 60,
  },
  signInLimits: { perAccountAndAddress: 1000, perAccount: 1000, perAddress: 100_000, windowSeconds: 60 },
});
process.send?.({ ready: true, url: server.url });
process.on('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
