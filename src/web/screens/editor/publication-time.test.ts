import { describe, expect, it } from 'vitest';
import { formatPublicationTime, fromLocalInput, toLocalInput } from './publication-time.ts';

describe('times in the publication’s time zone', () => {
  it('shows a summer Sunday 06:00 UTC as 07:00 in London, and reads it back', () => {
    expect(toLocalInput('2026-06-07T06:00:00.000Z', 'Europe/London')).toBe('2026-06-07T07:00');
    expect(fromLocalInput('2026-06-07T07:00', 'Europe/London')).toBe('2026-06-07T06:00:00.000Z');
  });
  it('reads a winter 07:00 in London as 07:00 UTC', () => {
    expect(fromLocalInput('2026-12-06T07:00', 'Europe/London')).toBe('2026-12-06T07:00:00.000Z');
  });
  it('gives nothing for an empty field', () => {
    expect(fromLocalInput('', 'Europe/London')).toBeUndefined();
  });
  it('names the zone beside the time', () => {
    expect(formatPublicationTime('2026-12-06T07:00:00.000Z', 'Europe/London')).toContain(
      '07:00 (Europe/London)',
    );
  });
});
