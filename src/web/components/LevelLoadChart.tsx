import { compareLoads, type WeightUnit } from '../../core/catalogue/loads.ts';
import type { Load } from '../../core/catalogue/types.ts';
import { formatLoad, formatShortDay } from '../format.ts';

export interface ChartPoint {
  workoutId: string;
  date: string;
  level: number;
  load: Load;
}

interface LevelLoadChartProps {
  name: string;
  points: readonly ChartPoint[];
  maxLevel: number;
  unit: WeightUnit;
}

const WIDTH = 320;
const PLOT_TOP = 10;
const PLOT_HEIGHT = 84;
const LEFT = 30;
const RIGHT = 10;
const STRIP_Y = PLOT_TOP + PLOT_HEIGHT + 24;
const STRIP_HEIGHT = 22;
const HEIGHT = STRIP_Y + STRIP_HEIGHT + 2;
/** With more workouts than this, only the latest gets a dot: dozens of dots would blur into a bar. */
const MOST_DOTS = 12;
/** About how wide a character of the strip's 11-unit bold text is, to label only runs with room for it. */
const CHARACTER_WIDTH = 6.4;

function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** Lighter for easier loads, darker for heavier: the strip reads at a glance even without its labels. */
function loadShade(load: Load): string {
  if (load.kind === 'bodyweight') return 'chart__load--bodyweight';
  if (load.kind === 'band') return `chart__load--${load.band}`;
  return 'chart__load--weight';
}

interface Run {
  from: number;
  to: number;
  load: Load;
}

/** Workouts in a row at the same load. */
function loadRuns(points: readonly ChartPoint[]): Run[] {
  const runs: Run[] = [];
  points.forEach((point, index) => {
    const last = runs.at(-1);
    if (last && compareLoads(last.load, point.load) === 0 && last.load.kind === point.load.kind)
      last.to = index;
    else runs.push({ from: index, to: index, load: point.load });
  });
  return runs;
}

/**
 * One exercise's level over time as a small step chart (a level holds until the workout that changed it),
 * placed by date so breaks show as gaps, with its load as a shaded strip underneath. Hand-drawn SVG: a
 * chart library would weigh more than the whole screen. A table carries the same for screen readers.
 */
export function LevelLoadChart({ name, points, maxLevel, unit }: LevelLoadChartProps) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const span = Math.max(dayNumber(last.date) - dayNumber(first.date), 1);
  const x = (index: number) =>
    points.length === 1
      ? LEFT + plotWidth / 2
      : LEFT + ((dayNumber(points[index]?.date ?? first.date) - dayNumber(first.date)) / span) * plotWidth;
  const y = (level: number) =>
    PLOT_TOP + PLOT_HEIGHT - ((level - 1) / Math.max(maxLevel - 1, 1)) * PLOT_HEIGHT;
  const line = points
    .map((point, index) => (index === 0 ? `M${x(0)} ${y(point.level)}` : `H${x(index)} V${y(point.level)}`))
    .join(' ');
  const levels = Array.from({ length: maxLevel }, (_, index) => index + 1);
  const dotted = points.length <= MOST_DOTS ? points : [last];
  const summary = `${name}: level ${first.level} on ${formatShortDay(first.date)}, level ${last.level} on ${formatShortDay(last.date)}, over ${points.length} workouts; now ${formatLoad(last.load, unit).toLowerCase()}.`;

  return (
    <figure className="chart">
      <p className="chart__now">
        Now: level {last.level} of {maxLevel}, {formatLoad(last.load, unit).toLowerCase()}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="chart__svg">
        {levels.map((level) => (
          <g key={level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} className="chart__grid" />
            <text x={LEFT - 6} y={y(level) + 4} textAnchor="end" className="chart__axis">
              L{level}
            </text>
          </g>
        ))}
        <path d={line} className="chart__line" />
        {dotted.map((point) => (
          <circle
            key={point.workoutId}
            cx={x(points.indexOf(point))}
            cy={y(point.level)}
            r={4.5}
            className="chart__dot"
          />
        ))}
        <text x={LEFT} y={PLOT_TOP + PLOT_HEIGHT + 17} textAnchor="start" className="chart__axis">
          {formatShortDay(first.date)}
        </text>
        {points.length > 1 && (
          <text x={WIDTH - RIGHT} y={PLOT_TOP + PLOT_HEIGHT + 17} textAnchor="end" className="chart__axis">
            {formatShortDay(last.date)}
          </text>
        )}
        {loadRuns(points).map((run, index, runs) => {
          const from = points.length === 1 ? LEFT : x(run.from);
          const next = runs[index + 1];
          const to = points.length === 1 ? WIDTH - RIGHT : next ? x(next.from) : WIDTH - RIGHT;
          const width = Math.max(to - from, 3);
          const text = formatLoad(run.load, unit);
          return (
            <g key={`${points[run.from]?.workoutId}-load`}>
              <rect
                x={from}
                y={STRIP_Y}
                width={width}
                height={STRIP_HEIGHT}
                className={`chart__load ${loadShade(run.load)}`}
              />
              {width >= text.length * CHARACTER_WIDTH + 8 && (
                <text
                  x={from + width / 2}
                  y={STRIP_Y + 15}
                  textAnchor="middle"
                  className={`chart__load-text ${loadShade(run.load)}`}
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{name}: level and load by workout</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
            <th scope="col">Load</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.workoutId}>
              <td>{formatShortDay(point.date)}</td>
              <td>{point.level}</td>
              <td>{formatLoad(point.load, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
