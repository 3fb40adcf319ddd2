/**
 * Conditional GET (RFC 9110 §13): the validators a cached answer carries and whether a request's
 * If-None-Match or If-Modified-Since says the client already has it.
 */
export interface Validators {
  /** A strong entity tag, quotes included. */
  etag: string;
  lastModified: Date;
}

/** An HTTP date (IMF-fixdate), e.g. "Sun, 06 Dec 2026 07:00:00 GMT". */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

/** A Last-Modified is never later than the answer: a row dated ahead (by hand, or a clock) is held to now. */
export function notAfter(date: Date, now: Date): Date {
  return date.getTime() > now.getTime() ? now : date;
}

function entityTags(header: string): string[] {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter((tag) => tag !== '');
}

/**
 * True when the client's copy is current. If-None-Match wins when present (weak comparison, as §13.1.2
 * asks for GET); otherwise If-Modified-Since, compared in whole seconds as HTTP dates carry them. A date
 * that does not parse is ignored, as the RFC says, so the full answer goes out.
 */
export function isNotModified(
  headers: { 'if-none-match'?: string | string[]; 'if-modified-since'?: string | string[] },
  validators: Validators,
): boolean {
  const ifNoneMatch = [headers['if-none-match'] ?? []].flat().join(',');
  if (ifNoneMatch.trim() !== '') {
    const tags = entityTags(ifNoneMatch);
    return tags.includes('*') || tags.includes(validators.etag);
  }
  const ifModifiedSince = [headers['if-modified-since'] ?? []].flat()[0];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}
