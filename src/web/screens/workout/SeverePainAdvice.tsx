import { Link } from 'wouter';
import { SEVERE_PAIN_ADVICE } from '../../../core/engine/pain-during-workout.ts';

/**
 * After pain of 8/10 or more ended a workout: what to do now, how to settle the pain, when to get help,
 * and the safety questions that come before the next workout.
 */
export function SeverePainAdvice({ pain }: { pain: number }) {
  return (
    <section className="severe-pain" aria-labelledby="severe-pain-heading">
      <p className="lead" id="severe-pain-heading">
        Your pain reached {pain}/10, so your workout stopped there. Your plan is paused until you have
        answered the safety questions again; your coach will hear about it.
      </p>
      <h2>What to do now</h2>
      {SEVERE_PAIN_ADVICE.now.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h2>Settling the pain</h2>
      <ul>
        {SEVERE_PAIN_ADVICE.settle.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>When to get help</h2>
      <div className="callout">
        {SEVERE_PAIN_ADVICE.seekHelp.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p>
        <Link href="/symptoms" className="button button--primary button--large">
          Answer the safety questions
        </Link>
      </p>
    </section>
  );
}
