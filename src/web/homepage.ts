/**
 * The homepage is the public site's, rendered by the server, so the app reaches it with a page load, not
 * its own router. Leaving the app says why, and the homepage shows the matching notice.
 */
export function goToHomepage(left?: 'signed-out' | 'account-deleted'): void {
  window.location.assign(left ? `/?left=${left}` : '/');
}
