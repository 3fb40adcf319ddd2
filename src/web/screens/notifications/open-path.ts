/**
 * Where a notification leads: a screen of the app (its own router) or a page of the public site (a
 * page load, as the server renders those). Only a path on this site is followed.
 */
import { safeNextPath } from '../../navigation.ts';

const PUBLIC_SITE = /^\/(articles|episodes|tags|archive|premium|search)(\/|$)|^\/$/;

export function openPath(path: string, navigate: (to: string) => void): void {
  const safe = safeNextPath(path, '/today');
  if (PUBLIC_SITE.test(safe.split(/[?#]/)[0] ?? '')) window.location.assign(safe);
  else navigate(safe);
}
