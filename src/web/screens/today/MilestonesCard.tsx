import { useState } from 'react';
import { milestonesApi } from '../../api/milestones.ts';
import { useApiData } from '../../api/useApiData.ts';

/**
 * A milestone or two the member has just reached, said once: "Thanks" marks them seen on the server, so no
 * device shows them again. Never in the workout's way: below the workout, and without it Today is whole
 * (offline, the milestones are not read at all). If marking them seen does not reach the server, they are
 * gone from this screen and come back once, later.
 */
export function MilestonesCard({ today }: { today: string }) {
  const loaded = useApiData(() => milestonesApi.toCelebrate(today));
  const [isDismissed, setDismissed] = useState(false);
  if (loaded.status !== 'ready' || isDismissed) return null;
  const { celebrate } = loaded.data;
  if (celebrate.length === 0) return null;
  const dismiss = () => {
    setDismissed(true);
    void milestonesApi
      .markSeen(
        celebrate.map((milestone) => milestone.key),
        today,
      )
      .catch(() => undefined);
  };
  return (
    <section className="card milestones" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" className="visually-hidden">
        {celebrate.length === 1 ? 'A milestone' : 'Milestones'}
      </h2>
      <ul className="milestones__list">
        {celebrate.map((milestone) => (
          <li key={milestone.key} className="milestone">
            <h3 className="milestone__title">{milestone.title}</h3>
            <p>{milestone.sentence}</p>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        Thanks
      </button>
    </section>
  );
}
