/**
 * Framing the body drawings: the smallest box around them, and that box widened to the space the figure is
 * drawn in, so the start, the turn and the ghosted full range share one frame without jumping.
 */
import type { BodyDrawing } from './body.ts';
import type { Box, Point } from './figure.ts';

/** The smallest box around every part (and the load) of the drawings, down to the floor. */
export function drawingBounds(drawings: readonly BodyDrawing[]): Box {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const take = (point: Point, radius: number) => {
    minX = Math.min(minX, point.x - radius);
    maxX = Math.max(maxX, point.x + radius);
    minY = Math.min(minY, point.y - radius);
    maxY = Math.max(maxY, point.y + radius);
  };
  for (const drawing of drawings) {
    for (const part of drawing.parts) {
      if (part.kind === 'limb') {
        take(part.from, part.fromRadius);
        take(part.to, part.toRadius);
      } else if (part.kind === 'trunk') {
        for (const corner of part.corners) take(corner, 0);
      } else take(part.centre, part.radius);
    }
    const load = drawing.load;
    if (load === null) continue;
    if ('path' in load) for (const point of load.path) take(point, 0);
    else for (const point of load.at) take(point, load.radius);
  }
  return {
    x: minX,
    y: minY,
    width: maxX - minX,
    height: Math.max(maxY, ...drawings.map((d) => d.floorY)) - minY,
  };
}

/**
 * Grows `bounds` by `margin` and then to `aspect` (width over height), keeping the floor at the bottom:
 * a standing figure gets room at both sides, a lying one room above it.
 */
export function framedBox(bounds: Box, aspect: number, margin: number): Box {
  let width = bounds.width + 2 * margin;
  let height = bounds.height + 2 * margin;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const bottom = bounds.y + bounds.height + margin;
  return { x: bounds.x + bounds.width / 2 - width / 2, y: bottom - height, width, height };
}
