/**
 * The one byte range of an HTTP `Range` header (RFC 9110 §14), as podcast apps and media players send
 * it: `bytes=a-b`, `bytes=a-` or `bytes=-n`.
 *
 * - A header we cannot read (another unit, bad syntax, `a > b`) is ignored, as the RFC allows: the whole
 *   file is sent.
 * - Several ranges (`bytes=0-1,5-9`) are answered with the whole file (200): players never need them,
 *   and a multipart/byteranges body is one more format to get wrong.
 * - A range that starts past the end, or an empty suffix (`bytes=-0`), cannot be satisfied: 416.
 */
export type ByteRangeRequest =
  | { kind: 'whole' }
  | { kind: 'range'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

export function byteRangeOf(header: string | undefined, size: number): ByteRangeRequest {
  if (header === undefined) return { kind: 'whole' };
  const match = SINGLE_RANGE.exec(header.trim().replace(/\s+/g, ''));
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
