import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.ts';

describe('session cache', () => {
  it('forgets an entry once its time is up', () => {
    const cache = createSessionCache<string>({ ttlMs: 1000, maxEntries: 10 });
    cache.set('a', 'ana', 0);
    expect(cache.get('a', 999)).toBe('ana');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest entry when full', () => {
    const cache = createSessionCache<string>({ ttlMs: 1000, maxEntries: 2 });
    cache.set('a', 'ana', 0);
    cache.set('b', 'ben', 0);
    cache.set('c', 'cy', 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, 'ben', 'cy']);
  });

  it('clears everything at once', () => {
    const cache = createSessionCache<string>({ ttlMs: 1000, maxEntries: 2 });
    cache.set('a', 'ana', 0);
    cache.clear();
    expect(cache.get('a', 1)).toBeUndefined();
  });
});
