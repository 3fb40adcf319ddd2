import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  type ECDH,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A push as the fake received it: decrypted, with what the signature and headers said. */
export interface ReceivedPush {
  endpoint: string;
  /** The decrypted body, parsed as JSON. */
  payload: unknown;
  ttl: number;
  urgency: string | undefined;
  /** The VAPID signature's claims: audience (the push service's origin), subject and expiry. */
  claims: { aud: string; sub: string; exp: number };
  /** The VAPID public key the push was signed with (`k=`). */
  vapidKey: string;
}

/** A browser's subscription at the fake: what `PushSubscription.toJSON()` would give. */
export interface FakeSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface FakePushService {
  origin: string;
  /** The fake's certificate, for an agent (or a client) that trusts it. */
  ca: string;
  agent: Agent;
  received: ReceivedPush[];
  /** A new browser subscription: its keys are kept so the fake can decrypt what is pushed to it. */
  subscribe(): FakeSubscription;
  /** From now on, answer pushes to this endpoint with `status` (404, 410, 500…); 201 is a normal answer. */
  answer(endpoint: string, status: number): void;
  /** How many pushes were offered, taken or not. */
  offered: number;
  close(): Promise<void>;
}

const fixtures = path.join(import.meta.dirname, 'fixtures');

/**
 * A real HTTPS push service on 127.0.0.1, as far as Web Push goes (RFC 8030): it refuses a push whose
 * VAPID signature (RFC 8292) does not verify with the key it names or is not for this origin, decrypts
 * the body (RFC 8291, aes128gcm) with the subscriber's private key and authentication secret, and keeps
 * what it read. Its certificate is self-signed for 127.0.0.1: trust it through `agent`.
 */
export async function startFakePushService(): Promise<FakePushService> {
  const key = readFileSync(path.join(fixtures, 'fake-push-service.key.pem'), 'utf8');
  const cert = readFileSync(path.join(fixtures, 'fake-push-service.cert.pem'), 'utf8');
  const subscribers = new Map<string, { ecdh: ECDH; auth: Buffer }>();
  const answers = new Map<string, number>();
  const service = {
    origin: '',
    ca: cert,
    agent: new Agent({ ca: cert }),
    received: [] as ReceivedPush[],
    offered: 0,
  };
  const server = createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const endpoint = `${service.origin}${request.url ?? ''}`;
      const subscriber = subscribers.get(endpoint);
      service.offered += 1;
      const refuse = (status: number, reason: string) => {
        response.writeHead(status, { 'content-type': 'text/plain' }).end(reason);
      };
      if (request.method !== 'POST' || !subscriber) return refuse(404, 'no such subscription');
      const status = answers.get(endpoint);
      if (status !== undefined && status !== 201) return refuse(status, 'told to refuse');
      const vapid = checkVapid(request.headers.authorization, service.origin);
      if ('error' in vapid) return refuse(403, vapid.error);
      if (request.headers['content-encoding'] !== 'aes128gcm') return refuse(415, 'expected aes128gcm');
      let plaintext: string;
      try {
        plaintext = decrypt(Buffer.concat(chunks), subscriber);
      } catch (error) {
        return refuse(400, `could not decrypt: ${(error as Error).message}`);
      }
      service.received.push({
        endpoint,
        payload: JSON.parse(plaintext),
        ttl: Number(request.headers.ttl),
        urgency: request.headers.urgency as string | undefined,
        claims: vapid.claims,
        vapidKey: vapid.key,
      });
      response.writeHead(201, { location: `${endpoint}/messages/${randomUUID()}` }).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  service.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(service, {
    subscribe(): FakeSubscription {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${service.origin}/push/${randomUUID()}`;
      subscribers.set(endpoint, { ecdh, auth });
      return {
        endpoint,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    answer(endpoint: string, status: number) {
      answers.set(endpoint, status);
    },
    close() {
      service.agent.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** `vapid t=<JWT>, k=<public key>`: an ES256 JWT for this origin, signed by the key it names, not expired. */
function checkVapid(
  header: string | undefined,
  origin: string,
): { claims: ReceivedPush['claims']; key: string } | { error: string } {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) return { error: 'expected Authorization: vapid t=…, k=…' };
  const [token, key] = [match[1], match[2]];
  const [head, body, signature] = token.split('.');
  if (!head || !body || !signature) return { error: 'the token is not a JWT' };
  const raw = Buffer.from(key, 'base64url');
  if (raw.length !== 65 || raw[0] !== 4) return { error: 'k is not an uncompressed P-256 key' };
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const isSigned = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!isSigned) return { error: 'the signature does not verify with k' };
  const header_ = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
  if (header_.alg !== 'ES256') return { error: 'expected ES256' };
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ReceivedPush['claims'];
  if (claims.aud !== origin) return { error: `the audience is ${claims.aud}, not ${origin}` };
  if (!(claims.exp * 1000 > Date.now())) return { error: 'the token has expired' };
  return { claims, key };
}

/** RFC 8291 with RFC 8188's aes128gcm: one record, padded with a 0x02 delimiter and zeros. */
function decrypt(body: Buffer, subscriber: { ecdh: ECDH; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const secret = subscriber.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), subscriber.ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', secret, subscriber.auth, keyInfo, 32));
  const contentKey = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
  );
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('expected the last record’s delimiter, 0x02');
  return padded.subarray(0, end).toString('utf8');
}
