import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  type Box,
  type FigurePoints,
  figureBox,
  interpolatePose,
  type Point,
  poseToPoints,
} from '../../core/catalogue/figure.ts';
import { levelOf } from '../../core/catalogue/levels.ts';
import type { Exercise, FigurePose } from '../../core/catalogue/types.ts';

export interface ExerciseFigureProps {
  exercise: Exercise;
  level: number;
  /** Loop from the start pose to the end pose and back; off shows the end pose still. */
  animate?: boolean;
  /** Width and height of the (square) drawing in CSS pixels. */
  size?: number;
}

/** One full rep, down and back up, at an unhurried pace. */
const REP_MILLISECONDS = 4000;
const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

function subscribeToReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeToReducedMotion,
    () => window.matchMedia(REDUCED_MOTION_QUERY).matches,
    // Without a window (server rendering) assume stillness; the browser takes over on hydration.
    () => true,
  );
}

/** 0 → 1 → 0 over one rep, easing in and out at the turning points. */
function useRepProgress(isRunning: boolean): number {
  const [progress, setProgress] = useState(1);
  useEffect(() => {
    if (!isRunning) {
      setProgress(1);
      return;
    }
    let frame = 0;
    const startedAt = performance.now();
    const tick = (now: number) => {
      const phase = ((now - startedAt) % REP_MILLISECONDS) / REP_MILLISECONDS;
      setProgress((1 - Math.cos(2 * Math.PI * phase)) / 2);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [isRunning]);
  return progress;
}

function path(...points: (Point | undefined)[]): string {
  return points
    .filter((point): point is Point => point !== undefined)
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`)
    .join(' ');
}

interface BodyProps {
  points: FigurePoints;
  stroke: string;
  /** The rear leg of a split stance, drawn lighter because it is further from the viewer. */
  farStroke: string;
  strokeWidth: number;
}

function Body({ points, stroke, farStroke, strokeWidth }: BodyProps) {
  return (
    <g strokeWidth={strokeWidth}>
      {points.rearKnee && (
        <path d={path(points.hip, points.rearKnee, points.rearAnkle, points.rearToe)} stroke={farStroke} />
      )}
      <path d={path(points.toe, points.ankle, points.knee, points.hip, points.shoulder)} stroke={stroke} />
      <circle cx={points.head.x} cy={points.head.y} r={points.headRadius} stroke={stroke} />
    </g>
  );
}

/**
 * Widens the shorter side of the box to make it square, so every figure fills the same square card: a
 * standing figure gets room at both sides, a lying one gets room above and keeps the floor at the bottom.
 */
function squareAroundFloor(box: Box): Box {
  const side = Math.max(box.width, box.height);
  return {
    x: box.x - (side - box.width) / 2,
    y: box.y - (side - box.height),
    width: side,
    height: side,
  };
}

/** A side-view stick figure doing one level of an exercise, with the start pose drawn faintly behind. */
export function ExerciseFigure({ exercise, level, animate = true, size = 200 }: ExerciseFigureProps) {
  const range = levelOf(exercise, level);
  const isReducedMotion = usePrefersReducedMotion();
  const progress = useRepProgress(animate && !isReducedMotion);

  const pose: FigurePose = interpolatePose(range.startPose, range.endPose, progress);
  const points = poseToPoints(pose, size);
  const box = squareAroundFloor(figureBox([range.startPose, range.endPose], size));
  const strokeWidth = size * 0.035;

  return (
    <svg
      role="img"
      aria-label={`${exercise.name}, level ${range.level}: ${range.name}`}
      width={size}
      height={size}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <line
        x1={box.x}
        x2={box.x + box.width}
        y1={points.floorY}
        y2={points.floorY}
        stroke="var(--figure-floor, #94a3b8)"
        strokeWidth={strokeWidth * 0.5}
      />
      <Body
        points={poseToPoints(range.startPose, size)}
        stroke="var(--figure-ghost, #cbd5e1)"
        farStroke="var(--figure-ghost, #cbd5e1)"
        strokeWidth={strokeWidth * 0.8}
      />
      <Body
        points={points}
        stroke="var(--figure-stroke, #1d4ed8)"
        farStroke="var(--figure-stroke-far, #93c5fd)"
        strokeWidth={strokeWidth}
      />
    </svg>
  );
}
