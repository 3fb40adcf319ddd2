/**
 * Installs public/sw.js (production builds only: Vite's development server has no hashed files to keep).
 * The first time it takes charge of the page, the reads this page already made are asked again through
 * it, so it holds a copy of each before the connection can drop.
 */
import { requestedPaths } from '../api/client.ts';

const API_COPIES = 'backstrong-api-v1';

function askAgainThroughWorker(): void {
  for (const path of requestedPaths) {
    void fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => {});
  }
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', askAgainThroughWorker);
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => {});
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** On signing out: no copy of this member's answers stays for the next person on this phone. */
export async function forgetApiCopies(): Promise<void> {
  if ('caches' in window) await caches.delete(API_COPIES).catch(() => false);
}
