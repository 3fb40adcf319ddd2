/**
 * A value kept on the device (localStorage) that screens can watch. Writes go to storage before anything
 * else happens, synchronously, so what the member entered survives a reload or a closed tab. Another tab
 * changing the same key is picked up through the browser's "storage" event.
 */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Stored<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
  /** Reads storage again (another tab may have written). */
  reload(): void;
}

function parse<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function stored<T>(storage: KeyValueStorage, key: string, fallback: T): Stored<T> {
  let value = parse(storage.getItem(key), fallback);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => value,
    set(next) {
      value = typeof next === 'function' ? (next as (current: T) => T)(value) : next;
      try {
        if (value === fallback || value === null) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or blocked (private browsing): the value still lives for this page.
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      const text = storage.getItem(key);
      const current = value === fallback ? null : JSON.stringify(value);
      if (text === current) return;
      value = parse(text, fallback);
      notify();
    },
  };
}

/** An in-memory stand-in, for tests and for browsers that refuse localStorage. */
export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function browserStorage(): KeyValueStorage {
  try {
    const probe = '__backstrong_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}

let deviceStorage: KeyValueStorage | undefined;
const byKey = new Map<string, Stored<unknown>>();

/**
 * The one store for a localStorage key, shared by every screen that watches it. (localStorage is one
 * global place per site, so one registry of its keys mirrors it.)
 */
export function onDevice<T>(key: string, fallback: T): Stored<T> {
  const existing = byKey.get(key);
  if (existing) return existing as Stored<T>;
  if (!deviceStorage) {
    deviceStorage = browserStorage();
    window.addEventListener('storage', (event) => {
      if (event.key === null) for (const store of byKey.values()) store.reload();
      else byKey.get(event.key)?.reload();
    });
  }
  const store = stored(deviceStorage, `backstrong.${key}`, fallback);
  byKey.set(key, store as Stored<unknown>);
  return store;
}

/**
 * Forgets everything the app keeps on this device (workouts under way, unsent sets, drafts, settings), for
 * when the account is deleted: the member's health data must not outlive it here either.
 */
export function forgetKeptData(): void {
  for (const storage of [windowStorage('localStorage'), windowStorage('sessionStorage')]) {
    if (!storage) continue;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith('backstrong.')) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  }
  for (const store of byKey.values()) store.reload();
}

function windowStorage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}
