import type { Exercise } from '../../../core/catalogue/types.ts';
import { isDoneLyingDown } from '../../components/exercise-words.ts';

/** The member seen from above, shoulders across, nose pointing the way they face (down the drawing). */
function Standing({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <ellipse cx={x} cy={y} rx={26} ry={11} className="placement__body" />
      <circle cx={x} cy={y} r={9} className="placement__head" />
      <path d={`M${x - 3} ${y + 8} L${x} ${y + 13} L${x + 3} ${y + 8}`} className="placement__head" />
    </g>
  );
}

function Lying({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x - 62} y={y - 10} width={124} height={20} rx={10} className="placement__body" />
      <circle cx={x - 70} cy={y} r={9} className="placement__head" />
    </g>
  );
}

/** The phone with its view spreading towards the member. */
function Phone({ x, y, towards }: { x: number; y: number; towards: 'up' | 'left' }) {
  const view =
    towards === 'up'
      ? `M${x} ${y - 6} L${x - 48} ${y - 112} L${x + 48} ${y - 112} Z`
      : `M${x - 6} ${y} L${x - 130} ${y - 52} L${x - 130} ${y + 52} Z`;
  return (
    <g>
      <path d={view} className="placement__view" />
      <rect
        x={towards === 'up' ? x - 12 : x - 6}
        y={towards === 'up' ? y - 6 : y - 12}
        width={towards === 'up' ? 24 : 12}
        height={towards === 'up' ? 12 : 24}
        rx={3}
        className="placement__phone"
      />
    </g>
  );
}

/** A plain drawing from above of where the phone goes for this exercise. */
export function PhonePlacement({ exercise }: { exercise: Exercise }) {
  const isLying = isDoneLyingDown(exercise);
  const isFront = exercise.cameraView === 'front';
  const label = isLying
    ? 'Seen from above: you lie on the floor, the phone stands beside you, 2 to 3 metres away.'
    : isFront
      ? 'Seen from above: the phone stands in front of you, facing you, 2 to 3 metres away.'
      : 'Seen from above: the phone stands to your side, 2 to 3 metres away, and you face across it.';
  return (
    <figure className="placement">
      <svg role="img" aria-label={label} viewBox="0 0 200 180" width="200" height="180">
        {isLying ? (
          <>
            <Lying x={108} y={40} />
            <Phone x={100} y={160} towards="up" />
          </>
        ) : isFront ? (
          <>
            <Standing x={100} y={36} />
            <Phone x={100} y={160} towards="up" />
          </>
        ) : (
          <>
            <Standing x={44} y={90} />
            <Phone x={184} y={90} towards="left" />
          </>
        )}
      </svg>
      <figcaption>Seen from above</figcaption>
    </figure>
  );
}
