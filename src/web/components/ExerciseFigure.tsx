import { type BodyDrawing, bodyDrawing, type FigureView } from '../../core/catalogue/body.ts';
import { drawingBounds, framedBox } from '../../core/catalogue/figure-frame.ts';
import { levelOf } from '../../core/catalogue/levels.ts';
import type { ExerciseShape, FigurePose, LoadKind } from '../../core/catalogue/types.ts';
import { isDoneLyingDown } from './exercise-words.ts';
import { partPath, polyline } from './figure-paths.ts';

/** The cue pinned to the body in each view: the knees over the feet from the front, the brace from the side. */
export const PINNED_CUES: Record<FigureView, string> = {
  front: 'Knees over your feet',
  side: 'Stomach gently firm',
};

export interface FigureDrawingProps {
  exercise: ExerciseShape;
  level: number;
  /** The pose drawn in full colour; the level's turn when not given. */
  pose?: FigurePose;
  view?: FigureView;
  load?: LoadKind;
  /** Width of the drawing in CSS pixels; the height follows (half of it for a lying exercise). */
  size?: number;
  /** Pins the view's key cue to the body. */
  isCuePinned?: boolean;
}

function Body({ drawing, className }: { drawing: BodyDrawing; className: string }) {
  return (
    <g className={className}>
      {drawing.parts.map((part) => (
        <path
          key={part.name}
          d={partPath(part)}
          data-part={part.name}
          className={part.isFar ? 'far' : undefined}
        />
      ))}
    </g>
  );
}

function Load({ drawing }: { drawing: BodyDrawing }) {
  const load = drawing.load;
  if (load === null) return null;
  if ('path' in load)
    return <path className={`figure__load figure__load--${load.kind}`} d={polyline(load.path)} />;
  return (
    <g className={`figure__load figure__load--${load.kind}`}>
      {load.at.map((point) =>
        load.kind === 'dumbbell' ? (
          <rect
            key={`${point.x} ${point.y}`}
            x={point.x - load.radius * 1.4}
            y={point.y - load.radius * 0.6}
            width={load.radius * 2.8}
            height={load.radius * 1.2}
            rx={load.radius * 0.4}
          />
        ) : (
          <circle
            key={`${point.x} ${point.y}`}
            cx={point.x}
            cy={point.y + load.radius * 0.3}
            r={load.radius}
          />
        ),
      )}
    </g>
  );
}

/**
 * One level of an exercise drawn as a person: the pose in colour, the full range's turn faint behind it,
 * the floor, the band or weight of the load, and (optionally) the view's key cue pinned where it applies.
 * Still by itself; MovementFigure moves it.
 */
export function ExerciseFigure({
  exercise,
  level,
  pose,
  view = 'side',
  load = 'bodyweight',
  size = 200,
  isCuePinned = false,
}: FigureDrawingProps) {
  const range = levelOf(exercise, level);
  const fullRange = exercise.levels[exercise.levels.length - 1] ?? range;
  const unit = 100;
  const drawing = bodyDrawing(exercise, pose ?? range.endPose, view, unit, load);
  const start = bodyDrawing(exercise, range.startPose, view, unit, load);
  const turn = bodyDrawing(exercise, range.endPose, view, unit, load);
  const full = bodyDrawing(exercise, fullRange.endPose, view, unit, load);
  const isLying = isDoneLyingDown(exercise);
  const aspect = isLying ? 2 : 1;
  const body = drawingBounds([start, turn, full]);
  // Room above the head for the pinned cue's words.
  const headroom = isCuePinned ? unit * 0.1 : 0;
  const bounds = { ...body, y: body.y - headroom, height: body.height + headroom };
  const box = framedBox(bounds, aspect, unit * 0.05);
  const cueAt = view === 'front' ? drawing.knees : [drawing.trunk];
  const fontSize = box.width * (isLying ? 0.045 : 0.06);
  const labelY = box.y + fontSize * 1.2;
  const cue = PINNED_CUES[view];
  return (
    <svg
      role="img"
      aria-label={`${exercise.name}, level ${range.level}: ${range.name}, seen from the ${view}${isCuePinned ? `. ${cue}.` : ''}`}
      className="figure"
      width={size}
      height={size / aspect}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      data-view={view}
    >
      <g>
        <line
          className="figure__floor"
          x1={box.x}
          x2={box.x + box.width}
          y1={drawing.floorY}
          y2={drawing.floorY}
        />
        {fullRange.level !== range.level && <Body drawing={full} className="figure__ghost" />}
        <Body drawing={drawing} className="figure__body" />
        <Load drawing={drawing} />
        {isCuePinned && (
          <g className="figure__cue">
            {cueAt.map((point) => (
              <g key={`${point.x}`}>
                <circle cx={point.x} cy={point.y} r={unit * 0.035} />
                <line x1={point.x} y1={point.y - unit * 0.035} x2={point.x} y2={labelY + fontSize * 0.4} />
              </g>
            ))}
            <text x={box.x + box.width / 2} y={labelY} fontSize={fontSize} textAnchor="middle">
              {cue}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
