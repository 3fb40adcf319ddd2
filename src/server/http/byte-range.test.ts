import { describe, expect, it } from 'vitest';
import { byteRangeOf } from './byte-range.ts';

describe('byteRangeOf, for a file of 1000 bytes', () => {
  it.each([
    ['bytes=0-499', { kind: 'range', start: 0, end: 499 }],
    ['bytes=500-', { kind: 'range', start: 500, end: 999 }],
    ['bytes=-200', { kind: 'range', start: 800, end: 999 }],
    ['bytes=-5000', { kind: 'range', start: 0, end: 999 }],
    ['bytes=990-5000', { kind: 'range', start: 990, end: 999 }],
    ['bytes=999-999', { kind: 'range', start: 999, end: 999 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=0-1,5-9', { kind: 'whole' }],
    ['bytes=9-5', { kind: 'whole' }],
    ['bytes=-', { kind: 'whole' }],
    ['items=0-5', { kind: 'whole' }],
    ['bytes=abc', { kind: 'whole' }],
  ])('%s → %o', (header, expected) => {
    expect(byteRangeOf(header, 1000)).toEqual(expected);
  });

  it('reads no range without a header, and none of an empty file', () => {
    expect(byteRangeOf(undefined, 1000)).toEqual({ kind: 'whole' });
    expect(byteRangeOf('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(byteRangeOf('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
