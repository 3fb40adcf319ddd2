/**
 * The writes that go through the outbox (see offline/outbox.ts): each carries the client-made id that lets
 * the server recognise a retry, and a label the member reads while it waits to be sent.
 */
import type { ClearanceBody, ScreenBody } from '../../contract/plan.ts';
import type { CheckInBody, FinishBody, LoggedSet, StartWorkoutBody } from '../../contract/training.ts';
import type { OutboxEntry } from '../offline/outbox.ts';

type Write = Omit<OutboxEntry, 'queuedAt'>;

export const writes = {
  startWorkout: (body: StartWorkoutBody): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/workouts',
    body,
    label: 'The start of your workout',
    about: body.id,
  }),
  logSet: (workoutId: string, set: LoggedSet, label: string): Write => {
    const { id, loggedAt: _loggedAt, ...body } = set;
    return {
      id,
      method: 'PUT',
      path: `/api/workouts/${workoutId}/sets/${id}`,
      body,
      label,
      about: workoutId,
    };
  },
  finishWorkout: (workoutId: string, body: FinishBody): Write => ({
    id: `finish-${workoutId}`,
    method: 'POST',
    path: `/api/workouts/${workoutId}/finish`,
    body,
    label: 'The end of your workout',
    about: workoutId,
  }),
  checkIn: (body: CheckInBody): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/check-ins',
    body,
    label: 'Your morning check-in',
    about: body.id,
  }),
  screen: (body: ScreenBody): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/red-flag-screens',
    body,
    label: 'Your answers to the safety questions',
    about: body.id,
  }),
  clearance: (body: ClearanceBody): Write => ({
    id: body.id,
    method: 'POST',
    path: '/api/safety-hold/clearance',
    body,
    label: 'A doctor has assessed you',
    about: body.id,
  }),
};
