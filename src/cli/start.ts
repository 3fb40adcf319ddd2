import { ConfigError, loadConfig } from '../server/config.ts';
import { startServer } from '../server/server.ts';
import { startFakeStripeIfAsked } from './fake-stripe-for-start.ts';
import { buildWebIfStale, WEB_ROOT } from './web-build.ts';

/**
 * `npm start`: validates the configuration, builds the web app if its sources changed, then serves the
 * app and the API. SIGTERM or SIGINT stop it gracefully: in-flight requests finish, the database closes,
 * the process exits 0. With FAKE_STRIPE=on, a local fake of Stripe starts too (fake-stripe-for-start.ts).
 */
async function main(): Promise<void> {
  const sendWebhooksTo = await startFakeStripeIfAsked(process.env);
  const config = loadConfig();
  await buildWebIfStale((message) => console.log(message));
  const server = await startServer(config, { webRoot: WEB_ROOT });
  sendWebhooksTo?.(config.port);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.app.log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          server.app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
