import { Link } from 'wouter';
import { coachChangesSinceLastWorkout, type TodayData } from './today-data.ts';

/** A short note of what the member's coach changed since the last workout; it goes once they train. */
export function FromYourCoach({ data }: { data: TodayData }) {
  const changes = coachChangesSinceLastWorkout(data);
  if (changes.length === 0) return null;
  return (
    <section className="card coach-note" aria-labelledby="coach-note-heading">
      <h2 id="coach-note-heading">From your coach</h2>
      <ul className="bullets">
        {changes.map((change) => (
          <li key={change.id}>{change.sentence}</li>
        ))}
      </ul>
      <Link href="/plan">See your plan</Link>
    </section>
  );
}
