/**
 * Conditional GET (RFC 9110 §13): the validators a cached answer carries and whether a request's
 * If-None-Match or If-Modified-Since says the client already has it.
 */
export interface Validators {
  /** A strong entity tag, quotes included. */
  etag: string;
  lastModified: Date;
  /** Other tags of the same content (its gzipped representation's). */
  alsoEtags?: readonly string[];
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
    const current = [validators.etag, ...(validators.alsoEtags ?? [])];
    return tags.some((tag) => tag === '*' || current.includes(tag));
  }
  const ifModifiedSince = [headers['if-modified-since'] ?? []].flat()[0];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** Whether the client takes gzip (Accept-Encoding names it, or *, without q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const codings = [header ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((part) => {
      const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const quality = parameters.find((parameter) => parameter.startsWith('q='));
      return { name, isRefused: quality !== undefined && Number(quality.slice(2)) === 0 };
    });
  const gzip = codings.find((coding) => coding.name === 'gzip' || coding.name === 'x-gzip');
  if (gzip) return !gzip.isRefused;
  const any = codings.find((coding) => coding.name === '*');
  return any !== undefined && !any.isRefused;
}

/**
 * The strong ETag of the gzipped body: a strong validator names one representation, so the gzipped one
 * has a tag of its own (RFC 9110 §8.8.3). Either tag shows the client's copy is current.
 */
export function gzipEtag(etag: string): string {
  return `${etag.slice(0, -1)}-gzip"`;
}
