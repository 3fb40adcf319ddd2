import { makeTestBaseImage, TEST_BASE_IMAGE } from '../server/testing/container-base.ts';

/**
 * Makes the container tests' Debian base image with Node 24 (src/server/testing/container-base.ts).
 * `npm test` runs it when it is missing and it runs as root; otherwise run it as root yourself.
 */
const started = Date.now();
await makeTestBaseImage(process.env.DEBIAN_MIRROR);
console.log(`Made ${TEST_BASE_IMAGE} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
