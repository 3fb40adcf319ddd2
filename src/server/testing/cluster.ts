import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { childExited, startServerChild } from './server-child.ts';

/**
 * Several app instances on one PostgreSQL database behind nginx, configured by the production file
 * `deploy/nginx.conf` with the test's ports and a certificate made for the run. Each instance is the real
 * server in its own process (server-process.ts) or, with another launcher, a container of the app's image
 * (container-image.ts), so a test can kill it (SIGKILL) or stop it (SIGTERM) and start it again on its
 * port. The instances share one data folder (the mail outbox) and the auth secret.
 */
export const NGINX = '/usr/sbin/nginx';
const CONF = path.join(import.meta.dirname, '..', '..', '..', 'deploy', 'nginx.conf');

export interface Instance {
  port: number;
  base: string;
  running: RunningInstance | undefined;
}

/** One started instance: `end` signals it and resolves once it has exited. */
export interface RunningInstance {
  end(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/** Starts one instance listening on 127.0.0.1:`port`; resolves once it is ready. */
export type InstanceLauncher = (settings: {
  port: number;
  dataDir: string;
  databaseUrl: string;
  env: Record<string, string>;
}) => Promise<RunningInstance>;

/** Each instance the real server in a child process of the test (server-process.ts). */
export const childProcessInstances: InstanceLauncher = async (settings) => {
  const { child } = await startServerChild({
    dataDir: settings.dataDir,
    databaseUrl: settings.databaseUrl,
    env: { ...settings.env, PORT: String(settings.port) },
  });
  return {
    async end(signal) {
      child.kill(signal);
      await childExited(child);
    },
  };
};

export interface Cluster {
  /** The proxy's address: https://localhost:<port>, TLS with the run's own certificate. */
  base: string;
  /** The run's certificate, to trust the proxy with. */
  ca: Buffer;
  instances: Instance[];
  dataDir: string;
  /** Sends a request through the proxy (HTTP/1.1 over TLS, kept-alive connections). */
  request(
    method: string,
    url: string,
    options?: { body?: unknown; cookie?: string; headers?: Record<string, string> },
  ): Promise<ProxyAnswer>;
  /** SIGKILL: the instance dies mid-request, as on a crash or an out-of-memory kill. */
  kill(index: number): Promise<void>;
  /** SIGTERM: the instance stops taking requests, finishes those it has, and exits. */
  stop(index: number): Promise<void>;
  start(index: number): Promise<void>;
  close(): Promise<void>;
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  httpVersion: string;
}

/** The production file with this run's instances, ports and certificate; nothing else changed. */
async function testConfiguration(dir: string, ports: number[], proxyPort: number): Promise<string> {
  const production = await readFile(CONF, 'utf8');
  const upstreams = ports
    .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=3s;`)
    .join('\n');
  const site = production
    .replace(/( {4}server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${upstreams}\n`)
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n\n/, '')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${proxyPort} ssl http2;`)
    .replace(/ {4}listen \[::\]:443 ssl http2;\n/, '')
    .replace(/ssl_certificate \S+;/, `ssl_certificate ${path.join(dir, 'cert.pem')};`)
    .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${path.join(dir, 'key.pem')};`);
  for (const part of [`127.0.0.1:${proxyPort} ssl`, 'cert.pem', 'key.pem', `127.0.0.1:${ports[0]}`]) {
    if (!site.includes(part))
      throw new Error(`deploy/nginx.conf no longer has the shape this harness fills in (${part})`);
  }
  // nginx's own settings, which the production file leaves to /etc/nginx/nginx.conf.
  return `worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(dir, 'body')};
  proxy_temp_path ${path.join(dir, 'proxy')};
  fastcgi_temp_path ${path.join(dir, 'fastcgi')};
  uwsgi_temp_path ${path.join(dir, 'uwsgi')};
  scgi_temp_path ${path.join(dir, 'scgi')};
${site}
}
`;
}

async function waitForAnswer(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
}

export async function startCluster(options: {
  size: number;
  databaseUrl: string;
  env?: Record<string, string>;
  launcher?: InstanceLauncher;
}): Promise<Cluster> {
  const launch = options.launcher ?? childProcessInstances;
  const dir = await mkdtemp(path.join(tmpdir(), 'backstrong-cluster-'));
  const dataDir = path.join(dir, 'data');
  await mkdir(dataDir);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const ca = await readFile(path.join(dir, 'cert.pem'));
  const proxyPort = await freePort();
  const ports: number[] = [];
  for (let index = 0; index < options.size; index++) ports.push(await freePort());
  const base = `https://localhost:${proxyPort}`;

  const instances: Instance[] = ports.map((port) => ({
    port,
    base: `http://127.0.0.1:${port}`,
    running: undefined,
  }));
  const start = async (index: number) => {
    const instance = instances[index];
    if (!instance) throw new Error(`no instance ${index}`);
    instance.running = await launch({
      port: instance.port,
      dataDir,
      databaseUrl: options.databaseUrl,
      env: { PUBLIC_URL: base, TRUST_PROXY: '127.0.0.1', ...options.env },
    });
  };
  // The first migrates the new database; the others start together once it has.
  await start(0);
  await Promise.all(instances.slice(1).map((_, index) => start(index + 1)));

  const confFile = path.join(dir, 'nginx.conf');
  await writeFile(confFile, await testConfiguration(dir, ports, proxyPort));
  const nginx = spawn(NGINX, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: 64 });

  const request: Cluster['request'] = (method, url, requestOptions = {}) =>
    new Promise((resolve, reject) => {
      const body = requestOptions.body === undefined ? undefined : JSON.stringify(requestOptions.body);
      const call = https.request(
        `${base}${url}`,
        {
          method,
          agent,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(requestOptions.cookie ? { cookie: requestOptions.cookie } : {}),
            ...requestOptions.headers,
          },
          timeout: 30_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString('utf8'),
              httpVersion: response.httpVersion,
            }),
          );
          response.on('error', reject);
        },
      );
      call.on('timeout', () => call.destroy(new Error('timed out')));
      call.on('error', reject);
      call.end(body);
    });
  await waitForAnswer(async () => (await request('GET', '/readyz')).status === 200, 'the proxy');

  const stopChild = async (index: number, signal: 'SIGKILL' | 'SIGTERM') => {
    const instance = instances[index];
    if (!instance?.running) return;
    await instance.running.end(signal);
    instance.running = undefined;
  };
  return {
    base,
    ca,
    instances,
    dataDir,
    request,
    kill: (index) => stopChild(index, 'SIGKILL'),
    stop: (index) => stopChild(index, 'SIGTERM'),
    start,
    async close() {
      agent.destroy();
      nginx.kill('SIGQUIT');
      await childExited(nginx);
      await Promise.all(instances.map((_, index) => stopChild(index, 'SIGTERM')));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
