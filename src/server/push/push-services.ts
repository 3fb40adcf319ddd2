/**
 * Which push services a browser's subscription may name. The server sends each push to the endpoint the
 * browser gave, so an endpoint anywhere else would make the server post to an address of the sender's
 * choosing; only the real push services' hosts are taken, over https.
 */
export const DEFAULT_PUSH_SERVICE_HOSTS: readonly string[] = [
  // Chrome, Edge on Android, Opera, Samsung Internet and other Chromium browsers.
  'fcm.googleapis.com',
  // Firefox.
  'updates.push.services.mozilla.com',
  // Safari on macOS, iOS and iPadOS (16.4 on, for an app added to the home screen).
  'web.push.apple.com',
  // Edge on Windows (wns2-….notify.windows.com).
  '*.notify.windows.com',
];

/** A host name, or `*.` and a host name for any of its subdomains. */
export function isHostPattern(pattern: string): boolean {
  return /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(pattern);
}

export interface PushServices {
  hosts: readonly string[];
  /** Whole origins also taken (https://127.0.0.1:4443): a test's local push service. */
  origins?: readonly string[];
}

/** Whether `endpoint` is an https address at one of the push services. */
export function isPushServiceEndpoint(endpoint: string, services: PushServices): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  if (services.origins?.includes(url.origin)) return true;
  if (url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return services.hosts.some((pattern) =>
    pattern.startsWith('*.')
      ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1
      : host === pattern,
  );
}
