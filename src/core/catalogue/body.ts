/**
 * The figure with a body, seen from the side or the front. The catalogue's side-view pose (figure.ts)
 * places the joints in the body's own plane; each leg stays in a plane of its own, hip over knee over
 * foot, so the side view keeps the catalogue's joint angles exactly and the front view shows the knees over
 * the feet. The parts come back in drawing order (furthest first) as tapered limbs, a trunk and a head,
 * in the units of a `size` × `size` drawing.
 */
import { type FigurePoints, type Point, poseToPoints } from './figure.ts';
import type { ExerciseShape, FigurePose, LoadKind } from './types.ts';

export type FigureView = 'side' | 'front';
export const FIGURE_VIEWS: readonly FigureView[] = ['side', 'front'];

/** A point of the body: `forward` along the side view's x, `y` down the drawing, `lateral` to the figure's left. */
interface BodyPoint {
  forward: number;
  y: number;
  lateral: number;
}

/** A limb, or the trunk seen from the side: a shape round at both ends, `fromRadius` wide at `from`. */
export interface LimbPart {
  kind: 'limb';
  name: string;
  from: Point;
  to: Point;
  fromRadius: number;
  toRadius: number;
  /** The side turned away from the viewer, drawn a shade darker. */
  isFar: boolean;
}

/** The trunk seen from the front: shoulders and hips, left and right. */
export interface TrunkPart {
  kind: 'trunk';
  name: 'trunk';
  corners: [Point, Point, Point, Point];
  isFar: false;
}

export interface HeadPart {
  kind: 'head';
  name: 'head';
  centre: Point;
  radius: number;
  isFar: false;
}

export type BodyPart = LimbPart | TrunkPart | HeadPart;

/** What the member holds or wears for the load, drawn with the body. */
export type LoadDrawing =
  | { kind: 'band' | 'cable'; path: Point[] }
  | { kind: 'dumbbell' | 'kettlebell'; at: Point[]; radius: number };

export interface BodyDrawing {
  view: FigureView;
  floorY: number;
  parts: BodyPart[];
  load: LoadDrawing | null;
  /** Where cues are pinned: the knees (both, from the front) and the middle of the trunk. */
  knees: Point[];
  trunk: Point;
  /** The joints in the drawing, for measuring the drawing the way the camera measures a body. */
  joints: { hip: Point[]; knee: Point[]; ankle: Point[]; shoulder: Point[] };
}

/** Widths as fractions of the drawing size, a slim adult build. */
const WIDTH = {
  hipHalf: 0.062,
  shoulderHalf: 0.092,
  thigh: [0.045, 0.032],
  shin: [0.031, 0.021],
  foot: 0.017,
  upperArm: [0.024, 0.019],
  forearm: [0.019, 0.015],
  trunkSide: [0.062, 0.052],
  neck: 0.022,
  upperArmLength: 0.15,
  forearmLength: 0.14,
} as const;

function bodyPoint(point: Point, lateral: number, originX: number): BodyPoint {
  return { forward: point.x - originX, y: point.y, lateral };
}

/** Two-segment arm from the shoulder to a hand target, the elbow bent downwards when the hand is near. */
function elbowFor(shoulder: Point, hand: Point): Point {
  const upper = WIDTH.upperArmLength;
  const fore = WIDTH.forearmLength;
  const dx = hand.x - shoulder.x;
  const dy = hand.y - shoulder.y;
  const reach = Math.min(Math.hypot(dx, dy), upper + fore - 1e-9);
  const along = (upper * upper - fore * fore + reach * reach) / (2 * reach);
  const across = Math.sqrt(Math.max(0, upper * upper - along * along));
  const ux = dx / Math.hypot(dx, dy);
  const uy = dy / Math.hypot(dx, dy);
  const a = { x: shoulder.x + ux * along - uy * across, y: shoulder.y + uy * along + ux * across };
  const b = { x: shoulder.x + ux * along + uy * across, y: shoulder.y + uy * along - ux * across };
  return a.y >= b.y ? a : b;
}

type Hold = 'forward' | 'chest' | 'hanging' | 'floor' | 'shoulders' | 'hips';

/** Where the hands go: what the method tells the member to do with them for this exercise and load. */
function holdOf(exercise: ExerciseShape, load: LoadKind): Hold {
  switch (exercise.id) {
    case 'glute-bridge':
      return load === 'dumbbell' || load === 'kettlebell' ? 'hips' : 'floor';
    case 'squat':
      return load === 'dumbbell' || load === 'kettlebell' ? 'chest' : 'forward';
    case 'split-squat':
      if (load === 'band') return 'shoulders';
      return load === 'kettlebell' ? 'chest' : 'hanging';
    case 'hip-hinge':
    case 'pull-through':
      return 'hanging';
  }
}

function handTarget(hold: Hold, points: FigurePoints): Point {
  const { shoulder, hip } = points;
  const trunkX = (shoulder.x - hip.x) / 0.27;
  const trunkY = (shoulder.y - hip.y) / 0.27;
  const reach = WIDTH.upperArmLength + WIDTH.forearmLength;
  switch (hold) {
    case 'forward':
      return { x: shoulder.x + reach * 0.97, y: shoulder.y + 0.03 };
    case 'chest':
      return { x: shoulder.x + 0.09 - trunkX * 0.06, y: shoulder.y - trunkY * 0.06 + 0.04 };
    case 'hanging':
      return { x: shoulder.x, y: shoulder.y + reach };
    case 'shoulders':
      return { x: shoulder.x + 0.05, y: shoulder.y - 0.01 };
    case 'floor':
      return { x: shoulder.x + reach * 0.98, y: points.floorY - WIDTH.forearm[1] };
    case 'hips':
      return { x: hip.x - 0.01, y: hip.y - 0.05 };
  }
}

/** Lateral offset of each hand (the figure's left hand), by how it is held. */
const HAND_LATERAL: Record<Hold, number> = {
  forward: 0.07,
  chest: 0.035,
  hanging: 0.115,
  shoulders: 0.1,
  floor: 0.11,
  hips: 0.06,
};

function limb(name: string, from: BodyPoint, to: BodyPoint, radii: readonly [number, number]) {
  return { name, from, to, radii };
}

/**
 * The body for `pose`, as drawn from `view`, with the hands and load placed for `load` (bodyweight when
 * not given). Only the side view's x uses the forward axis; the front view looks along it.
 */
export function bodyDrawing(
  exercise: ExerciseShape,
  pose: FigurePose,
  view: FigureView,
  size: number,
  load: LoadKind = 'bodyweight',
): BodyDrawing {
  const points = poseToPoints(pose, 1);
  const originX = points.ankle.x;
  const isSplit = points.rearKnee !== undefined;
  const legHalf = exercise.id === 'squat' ? 0.075 : WIDTH.hipHalf;
  const hold = holdOf(exercise, load);
  const hand = handTarget(hold, points);
  const elbow = elbowFor(points.shoulder, hand);

  // Each leg in its own plane: the near (left) leg is the catalogue's front leg.
  const legs = [1, -1].map((side) => {
    const lateral = side * legHalf;
    const isRear = isSplit && side === -1;
    const knee = isRear ? (points.rearKnee as Point) : points.knee;
    const ankle = isRear ? (points.rearAnkle as Point) : points.ankle;
    const toe = isRear ? (points.rearToe as Point) : points.toe;
    return {
      side,
      hip: bodyPoint(points.hip, lateral, originX),
      knee: bodyPoint(knee, lateral, originX),
      ankle: bodyPoint(ankle, lateral, originX),
      // Toes turned out a little from the front.
      // The toe's round end rests on the floor rather than sinking through it.
      toe: bodyPoint(
        { x: toe.x, y: toe.y - WIDTH.foot * 0.8 },
        lateral + side * (toe.x - ankle.x) * 0.25,
        originX,
      ),
    };
  });
  const arms = [1, -1].map((side) => ({
    side,
    shoulder: bodyPoint(points.shoulder, side * WIDTH.shoulderHalf, originX),
    elbow: bodyPoint(elbow, side * (WIDTH.shoulderHalf + 0.012), originX),
    hand: bodyPoint(hand, side * HAND_LATERAL[hold], originX),
  }));
  const hipCentre = bodyPoint(points.hip, 0, originX);
  const shoulderCentre = bodyPoint(points.shoulder, 0, originX);
  const head = bodyPoint(points.head, 0, originX);

  const parts3d = [
    ...legs.flatMap((leg) => [
      limb(`thigh-${leg.side}`, leg.hip, leg.knee, WIDTH.thigh),
      limb(`shin-${leg.side}`, leg.knee, leg.ankle, WIDTH.shin),
      limb(`foot-${leg.side}`, leg.ankle, leg.toe, [WIDTH.foot, WIDTH.foot * 0.8]),
    ]),
    ...arms.flatMap((arm) => [
      limb(`upper-arm-${arm.side}`, arm.shoulder, arm.elbow, WIDTH.upperArm),
      limb(`forearm-${arm.side}`, arm.elbow, arm.hand, WIDTH.forearm),
    ]),
  ];

  const centreX = 0.5 * size;
  const project = (point: BodyPoint): Point =>
    view === 'side'
      ? { x: (point.forward + originX) * size, y: point.y * size }
      : { x: centreX - point.lateral * size, y: point.y * size };
  // Nearer the viewer is drawn later: the figure's left side from the side, the front from the front.
  const depth = (point: BodyPoint) => (view === 'side' ? point.lateral : point.forward);

  const drawn: { depth: number; part: BodyPart }[] = parts3d.map(({ name, from, to, radii }) => ({
    depth: (depth(from) + depth(to)) / 2,
    part: {
      kind: 'limb',
      name,
      from: project(from),
      to: project(to),
      fromRadius: radii[0] * size,
      toRadius: radii[1] * size,
      isFar: depth(from) + depth(to) < 0,
    },
  }));
  const trunkPart: BodyPart =
    view === 'side'
      ? {
          kind: 'limb',
          name: 'trunk',
          from: project(hipCentre),
          to: project(shoulderCentre),
          fromRadius: WIDTH.trunkSide[0] * size,
          toRadius: WIDTH.trunkSide[1] * size,
          isFar: false,
        }
      : {
          kind: 'trunk',
          name: 'trunk',
          corners: [
            project({ ...shoulderCentre, lateral: WIDTH.shoulderHalf }),
            project({ ...shoulderCentre, lateral: -WIDTH.shoulderHalf }),
            project({ ...hipCentre, lateral: -WIDTH.hipHalf - 0.012 }),
            project({ ...hipCentre, lateral: WIDTH.hipHalf + 0.012 }),
          ],
          isFar: false,
        };
  drawn.push({ depth: (depth(hipCentre) + depth(shoulderCentre)) / 2 - 1e-6, part: trunkPart });
  drawn.push({
    depth: depth(head),
    part: {
      kind: 'head',
      name: 'head',
      centre: project(head),
      radius: points.headRadius * size,
      isFar: false,
    },
  });
  drawn.sort((a, b) => a.depth - b.depth);

  const knees = legs.map((leg) => project(leg.knee));
  const hands = arms.map((arm) => project(arm.hand));
  return {
    view,
    floorY: points.floorY * size,
    parts: drawn.map((entry) => entry.part),
    load: loadDrawing(exercise, load, { points, size, knees, hands, project, legs, originX }),
    knees: view === 'side' ? [knees[0] as Point] : knees,
    trunk: project({
      ...hipCentre,
      forward: (hipCentre.forward + shoulderCentre.forward) / 2,
      y: (hipCentre.y + shoulderCentre.y) / 2,
    }),
    joints: {
      hip: legs.map((leg) => project(leg.hip)),
      knee: knees,
      ankle: legs.map((leg) => project(leg.ankle)),
      shoulder: [project(shoulderCentre)],
    },
  };
}

interface LoadContext {
  points: FigurePoints;
  size: number;
  knees: Point[];
  hands: Point[];
  project: (point: BodyPoint) => Point;
  legs: { ankle: BodyPoint; knee: BodyPoint; hip: BodyPoint }[];
  originX: number;
}

/** The band, cable or weight where the catalogue's load placement puts it. */
function loadDrawing(exercise: ExerciseShape, load: LoadKind, context: LoadContext): LoadDrawing | null {
  const { size, knees, hands, project, legs, points, originX } = context;
  const [leftHand, rightHand] = hands as [Point, Point];
  const aboveKnees = () =>
    legs.map((leg) =>
      project({
        forward: leg.knee.forward + (leg.hip.forward - leg.knee.forward) * 0.18,
        y: leg.knee.y + (leg.hip.y - leg.knee.y) * 0.18,
        lateral: leg.knee.lateral,
      }),
    );
  switch (load) {
    case 'bodyweight':
      return null;
    case 'band': {
      if (exercise.id === 'squat' || exercise.id === 'glute-bridge')
        return { kind: 'band', path: aboveKnees() };
      if (exercise.id === 'pull-through') {
        const between = project({ forward: 0, y: points.ankle.y, lateral: 0 });
        const anchor = project(bodyPoint({ x: points.ankle.x - 0.42, y: points.floorY - 0.04 }, 0, originX));
        return { kind: 'band', path: [anchor, between, leftHand] };
      }
      const underFoot = legs.map((leg) => project({ ...leg.ankle, y: points.floorY }));
      return { kind: 'band', path: [leftHand, underFoot[0] as Point, underFoot[1] as Point, rightHand] };
    }
    case 'cable': {
      const anchor = project(bodyPoint({ x: points.ankle.x - 0.42, y: points.floorY - 0.04 }, 0, originX));
      return { kind: 'cable', path: [anchor, leftHand] };
    }
    case 'dumbbell':
    case 'kettlebell': {
      const radius = (load === 'kettlebell' ? 0.035 : 0.028) * size;
      const isOneWeight = load === 'kettlebell' || exercise.id === 'squat' || exercise.id === 'glute-bridge';
      if (isOneWeight)
        return {
          kind: load,
          at: [{ x: (leftHand.x + rightHand.x) / 2, y: (leftHand.y + rightHand.y) / 2 + radius * 0.6 }],
          radius,
        };
      return { kind: load, at: knees.length > 0 ? [leftHand, rightHand] : [], radius };
    }
  }
}
