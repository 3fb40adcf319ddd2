import { describe, expect, it } from 'vitest';
import { contentOf } from './content.ts';
import { type Candidate, NOTIFICATION_KINDS } from './kinds.ts';

const at = new Date('2027-06-07T17:00:00Z');
const of = (kind: Candidate['kind'], about: string) => ({ kind, about, dueAt: at });

describe('what each notification says', () => {
  it('has a title, a sentence and a screen of the app for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const words = contentOf(of(kind, 'x'));
      expect(words.title.length, kind).toBeGreaterThan(0);
      expect(words.body).toMatch(/[.?!]$/);
      expect(words.path).toMatch(/^\/[a-z/-]*$/);
    }
  });

  it('names the workout’s day in the morning check-in and the check-up by its plain name', () => {
    expect(contentOf(of('morning-check-in', '2027-06-08')).body).toContain('after Tuesday’s workout');
    const checkUp = contentOf(of('check-up-due', 'oswestry:2027-06-08'));
    expect(checkUp.path).toBe('/measures/oswestry');
    expect(checkUp.body).toMatch(/^Your .+ is due \(/);
  });

  it('names the release by its title, and tells a coach whose alert it is and why', () => {
    const titles = new Map([['publication:episode:bending-again', 'Bending again']]);
    expect(contentOf(of('publication', 'episode:bending-again'), { titles }).body).toBe(
      'New from Backstrong: “Bending again”.',
    );
    const alert = {
      memberName: 'Robin',
      reason: 'Pain 8/10 during a squat set on Mon 7 Jun — the workout ended.',
    };
    expect(contentOf(of('critical-alert', 'alert-id'), { alert }).body).toBe(`Robin: ${alert.reason}`);
  });
});
