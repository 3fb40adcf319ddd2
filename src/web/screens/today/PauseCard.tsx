import { Link } from 'wouter';
import type { PlanView } from '../../../contract/plan.ts';

/**
 * The plan is paused: say why in plain words, and offer the one way on. A pause waiting for a doctor
 * comes with a safety hold, whose screen (with the clearance form) covers every other while it lasts;
 * what is left here is the pause that waits for the safety questions again, or for the coach who made it.
 */
const PAUSE_HEADINGS = {
  screen: 'A few safety questions first',
  clearance: 'Waiting for your doctor',
  coach: 'Paused by your coach',
} as const satisfies Record<NonNullable<PlanView['plan']['pause']>['waitingFor'], string>;

export function PauseCard({ planView }: { planView: PlanView }) {
  const pause = planView.plan.pause;
  if (!pause) return null;
  return (
    <section className="card pause" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{PAUSE_HEADINGS[pause.waitingFor]}</h2>
      <p>{planView.pauseMessage}</p>
      {pause.waitingFor === 'screen' && (
        <Link href="/symptoms" className="button button--primary button--large">
          Answer the safety questions
        </Link>
      )}
    </section>
  );
}
