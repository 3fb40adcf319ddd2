/**
 * The app's container image, built from the Containerfile on this machine (no registry: on the tests'
 * Debian base, npm offline), run as three containers on one PostgreSQL behind nginx (deploy/nginx.conf).
 * Only on PostgreSQL, in `npm test`'s PostgreSQL pass: the image is for several instances on a server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { outboxDirectory } from './mail/mailer.ts';
import { type Cluster, startCluster } from './testing/cluster.ts';
import { buildAppImage, containerInstances, userOfImage } from './testing/container-image.ts';
import { memberWithWorkoutUnderWay, type TrainingMember } from './testing/http-member.ts';
import { freshServerDatabase, type ServerDatabase } from './testing/server-child.ts';
import { expectNothingLostOrDoubled, setsUnderLoad } from './testing/set-load.ts';

const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)('the container image, three containers behind nginx', () => {
  let image: string;
  let cluster: Cluster;
  let database: ServerDatabase;
  let handle: DatabaseHandle;
  let members: TrainingMember[] = [];

  beforeAll(async () => {
    const building = Date.now();
    image = await buildAppImage();
    console.log(`the image was built in ${((Date.now() - building) / 1000).toFixed(1)} s`);
    database = await freshServerDatabase('image');
    if (!database.url) throw new Error('the containers need DATABASE_URL');
    cluster = await startCluster({ size: 3, databaseUrl: database.url, launcher: containerInstances(image) });
    handle = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 2 });
    members = [];
    for (const [index, instance] of cluster.instances.entries()) {
      members.push(
        await memberWithWorkoutUnderWay(
          instance.base,
          outboxDirectory(cluster.dataDir),
          `contained${index}@example.org`,
        ),
      );
    }
  }, 600_000);
  afterAll(async () => {
    await handle?.close();
    await cluster?.close();
    await database?.drop();
  });

  it('runs the server as an unprivileged user', async () => {
    expect(await userOfImage(image)).toBe('1000');
  });

  it('serves the built app through the proxy, its hashed assets cached for a year', async () => {
    const page = await cluster.request('GET', '/sign-in');
    expect(page.status).toBe(200);
    const script = page.body.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await cluster.request('GET', script ?? '');
    expect(asset.status).toBe(200);
    expect(String(asset.headers['cache-control'])).toContain('max-age=31536000');
  });

  it('keeps a member signed in on every container', async () => {
    for (const [index, instance] of cluster.instances.entries()) {
      const me = await fetch(`${instance.base}/api/me`, { headers: { cookie: members[0]?.cookie ?? '' } });
      expect(me.status, `container ${index}`).toBe(200);
    }
  });

  it('loses no acknowledged set and stores none twice when a container is killed under load', async () => {
    const counts = await setsUnderLoad(cluster, handle.db, members, 3, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await cluster.kill(2);
    });
    console.log('a container killed (podman kill, SIGKILL) under load:', counts);
    expectNothingLostOrDoubled(counts, 30);
    await cluster.start(2);
    expect((await fetch(`${cluster.instances[2]?.base}/readyz`)).status).toBe(200);
  }, 120_000);
});
