import type { ProgressData } from '../../api/progress.ts';

/**
 * Whether there is anything to draw yet: a workout done or a measure scored. Until then the screen says
 * what will appear and when, instead of a page of empty charts.
 */
export function hasProgress(data: Pick<ProgressData, 'training' | 'histories'>): boolean {
  const { training, histories } = data;
  return (
    training.adherence.done > 0 ||
    training.exercises.some((exercise) => exercise.points.length > 0) ||
    histories.some((history) => history.baseline !== null)
  );
}
