import type { WeightUnit } from '../../../core/catalogue/loads.ts';
import type { TrainingProgress } from '../../../core/progress/types.ts';
import { ChartEmpty } from '../../components/charts/ChartFigure.tsx';
import { ExerciseChart } from '../../components/charts/ExerciseChart.tsx';

/** Range level and load over time for every exercise the member has done. */
export function ExerciseCharts({ training, unit }: { training: TrainingProgress; unit: WeightUnit }) {
  const done = training.exercises.filter((exercise) => exercise.points.length > 0);
  if (done.length === 0) {
    return (
      <ChartEmpty title="Range and load">
        After your first workout: for each exercise, how far you go and with what load, workout by workout.
      </ChartEmpty>
    );
  }
  return (
    <div className="charts-grid">
      {done.map((exercise) => (
        <ExerciseChart key={exercise.exerciseId} exercise={exercise} unit={unit} />
      ))}
    </div>
  );
}
