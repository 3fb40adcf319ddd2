import type { TrainingProgress } from '../../../core/progress/types.ts';
import { AdherenceChart } from '../../components/charts/AdherenceChart.tsx';
import { ChartEmpty } from '../../components/charts/ChartFigure.tsx';
import { PainChart } from '../../components/charts/PainChart.tsx';
import { WeeklyVolumeChart } from '../../components/charts/WeeklyVolumeChart.tsx';

/** Workouts against the plan, reps each week, and pain during workouts and the next morning. */
export function TrainingCharts({ training }: { training: TrainingProgress }) {
  const hasPain = training.pain.some((point) => point.during !== null || point.nextMorning !== null);
  const hasReps = training.weeklyVolume.some((week) => week.reps > 0);
  return (
    <div className="charts-grid charts-grid--pairs">
      {training.adherence.weeks.length > 0 ? (
        <AdherenceChart adherence={training.adherence} />
      ) : (
        <ChartEmpty title="Workouts each week">
          From your first week on the plan: the workouts you did each week beside the number it asked for.
        </ChartEmpty>
      )}
      {hasReps ? (
        <WeeklyVolumeChart weeks={training.weeklyVolume} />
      ) : (
        <ChartEmpty title="Reps each week">
          After your first workout: every rep you log, a bar for each week.
        </ChartEmpty>
      )}
      {hasPain ? (
        <PainChart points={training.pain} />
      ) : (
        <ChartEmpty title="Pain during workouts and the next morning">
          After your first workout and the check-in the morning after: your pain during each workout beside
          how your back felt the next day.
        </ChartEmpty>
      )}
    </div>
  );
}
