import { loadConfig } from '../config.ts';
import { DEFAULT_SIGN_IN_LIMITS } from '../http/attempt-limits.ts';
import { startServer } from '../server.ts';

/**
 * The real server in a process of its own, for tests that must kill it (SIGKILL mid-write) and start it
 * again on the same data. Configured from the environment like `npm start`, without the web app; it tells
 * its parent its address once it listens.
 */
const roomy = { perAccountAndAddress: 1000, perAccount: 1000, perAddress: 100_000, windowSeconds: 60 };
// Failed mail is tried again every second, and a try lost with a killed process after two, so tests of
// a mail server in trouble finish quickly.
const server = await startServer(loadConfig(), {
  accountActionLimits: roomy,
  // The cluster test counts guesses across instances with the limits a real server has.
  signInLimits: process.env.TEST_SIGN_IN_LIMITS === 'default' ? DEFAULT_SIGN_IN_LIMITS : roomy,
  mailRetry: { retryLimit: 30, retryDelay: 1, retryBackoff: false, attemptSeconds: 2 },
  jobTiming: { pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1 },
});
process.send?.({ ready: true, url: server.url });
process.on('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
