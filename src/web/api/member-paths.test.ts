import { describe, expect, it } from 'vitest';
import { memberApiPath, memberHref, OWN } from './member-paths.ts';

describe('the member’s own paths and their coach’s', () => {
  it('the member asks their own routes, with their today', () => {
    expect(memberApiPath(OWN, '/progress', { today: '2026-03-10' })).toBe('/api/progress?today=2026-03-10');
    expect(memberApiPath(OWN, '/workouts', { limit: 100 })).toBe('/api/workouts?limit=100');
    expect(memberApiPath(OWN, '/decisions')).toBe('/api/decisions');
  });

  it('a coach asks the coach routes about the member, and never says the member’s day', () => {
    expect(memberApiPath('m1', '/progress', { today: '2026-03-10' })).toBe('/api/coach/members/m1/progress');
    expect(memberApiPath('m1', '/workouts', { limit: 5, today: '2026-03-10' })).toBe(
      '/api/coach/members/m1/workouts?limit=5',
    );
  });

  it('links stay on the member’s screens, or go to the tab of the member’s detail', () => {
    expect(memberHref(OWN, '/history')).toBe('/history');
    expect(memberHref('m1', '/history')).toBe('/coach/members/m1/workouts');
    expect(memberHref('m1', '/measures')).toBe('/coach/members/m1/check-ups');
    expect(memberHref('m1', '/workouts/w1')).toBe('/coach/members/m1/workouts/w1');
    expect(memberHref('m1', '/report')).toBe('/coach/members/m1/report');
  });
});
