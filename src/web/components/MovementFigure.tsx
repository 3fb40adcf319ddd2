import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { FIGURE_VIEWS, type FigureView } from '../../core/catalogue/body.ts';
import { levelOf } from '../../core/catalogue/levels.ts';
import { poseAtMoment, repMomentAt, tempoOf, turnMomentMs } from '../../core/catalogue/tempo.ts';
import type { Exercise, LoadKind } from '../../core/catalogue/types.ts';
import { useStored } from '../offline/member-data.ts';
import { figureViewPreference } from '../preferences.ts';
import { ExerciseFigure } from './ExerciseFigure.tsx';

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
/** A redraw every other frame is smooth for a slow rep and halves the work on a phone. */
const FRAME_MS = 1000 / 30;

function subscribeToReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeToReducedMotion,
    () => window.matchMedia(REDUCED_MOTION_QUERY).matches,
    () => true,
  );
}

/** Whether the element is on screen and the page is showing: off either way, the figure stops. */
function useIsSeen(element: HTMLElement | null): boolean {
  const [isOnScreen, setIsOnScreen] = useState(false);
  const [isPageShown, setIsPageShown] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) setIsOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  useEffect(() => {
    const onChange = () => setIsPageShown(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return isOnScreen && isPageShown;
}

/** Time into the looping rep, advancing only while running; a stopped figure rests at the turn. */
function useRepClock(isRunning: boolean, stillMs: number): number {
  const [elapsed, setElapsed] = useState(stillMs);
  const elapsedRef = useRef(stillMs);
  useEffect(() => {
    if (!isRunning) {
      elapsedRef.current = stillMs;
      setElapsed(stillMs);
      return;
    }
    let frame = 0;
    let last = performance.now();
    let drawnAt = last;
    const tick = (now: number) => {
      elapsedRef.current += now - last;
      last = now;
      if (now - drawnAt >= FRAME_MS) {
        drawnAt = now;
        setElapsed(elapsedRef.current);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [isRunning, stillMs]);
  return elapsed;
}

const VIEW_NAMES: Record<FigureView, string> = { side: 'Side', front: 'Front' };

export interface MovementFigureProps {
  exercise: Exercise;
  level: number;
  load?: LoadKind;
  /** Width of the drawing in CSS pixels. */
  size?: number;
}

/**
 * A level of an exercise moving through one rep after another at the method's tempo, from the start
 * position to the level's turn and back, with the full range faint behind it. Side and front views (the
 * choice is remembered); still at the turn under reduced motion until the member presses play.
 */
export function MovementFigure({ exercise, level, load = 'bodyweight', size = 240 }: MovementFigureProps) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const view = useStored(figureViewPreference);
  const isReducedMotion = usePrefersReducedMotion();
  const [choice, setChoice] = useState<'play' | 'pause' | null>(null);
  const isPlaying = choice === null ? !isReducedMotion : choice === 'play';
  const isSeen = useIsSeen(element);
  const tempo = tempoOf(exercise);
  const elapsed = useRepClock(isPlaying && isSeen, turnMomentMs(tempo));
  const range = levelOf(exercise, level);
  const pose = poseAtMoment(range, tempo, elapsed);
  return (
    <figure
      ref={setElement}
      className="movement"
      data-moment={isPlaying ? repMomentAt(tempo, elapsed).moment : 'still'}
    >
      <ExerciseFigure
        exercise={exercise}
        level={level}
        pose={pose}
        view={view}
        load={load}
        size={size}
        isCuePinned
      />
      <figcaption className="movement__tempo">{tempo.words}</figcaption>
      <div className="movement__controls">
        <fieldset className="movement__views">
          <legend className="visually-hidden">Show the figure from</legend>
          {FIGURE_VIEWS.map((candidate) => (
            <button
              key={candidate}
              type="button"
              className="movement__view"
              aria-pressed={view === candidate}
              onClick={() => figureViewPreference.set(candidate)}
            >
              {VIEW_NAMES[candidate]}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="movement__play"
          onClick={() => setChoice(isPlaying ? 'pause' : 'play')}
        >
          {isPlaying ? 'Pause' : 'Play the movement'}
        </button>
      </div>
    </figure>
  );
}
