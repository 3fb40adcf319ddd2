import { Link } from 'wouter';
import type { TrainingProgress } from '../../../contract/progress.ts';
import { progressApi } from '../../api/progress.ts';
import { useApiData } from '../../api/useApiData.ts';
import { formatMonthName } from '../../format.ts';

type Snapshot = NonNullable<TrainingProgress['snapshot']>;

/**
 * A member with more than a month of training sees this month against their first, in a few rows, with the
 * way to My progress. Only the figures they have: nothing at all in the first month, or without the read.
 */
export function ProgressSnapshot({ today }: { today: string }) {
  const loaded = useApiData(() => progressApi.training(today));
  const snapshot: Snapshot | null = loaded.status === 'ready' ? loaded.data.snapshot : null;
  if (!snapshot) return null;
  return (
    <section className="card snapshot" aria-labelledby="snapshot-heading">
      <h2 id="snapshot-heading">
        {formatMonthName(snapshot.thisMonth)} against {formatMonthName(snapshot.firstMonth)}, your first month
      </h2>
      <table className="snapshot__table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Figure</span>
            </th>
            <th scope="col">{formatMonthName(snapshot.firstMonth)}</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.rows.map((row) => (
            <tr key={row.measure}>
              <th scope="row">{row.label}</th>
              <td>{row.first}</td>
              <td className={row.isBetter ? 'snapshot__now snapshot__now--better' : 'snapshot__now'}>
                {row.now}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link href="/progress">See all your progress</Link>
    </section>
  );
}
