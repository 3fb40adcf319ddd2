/** SVG path text for the body's parts; the shapes themselves come from src/core/catalogue/body.ts. */
import type { BodyPart, LimbPart } from '../../core/catalogue/body.ts';
import type { Point } from '../../core/catalogue/figure.ts';

const f = (value: number) => value.toFixed(2);

/**
 * A limb's outline: the two end circles joined by their outer tangents. The end with the bigger circle
 * takes the long way round.
 */
export function limbPath(part: LimbPart): string {
  const { from, to, fromRadius: ra, toRadius: rb } = part;
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < Math.abs(ra - rb) + 1e-6) {
    const r = Math.max(ra, rb);
    const c = ra >= rb ? from : to;
    return `M${f(c.x - r)} ${f(c.y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  }
  const dx = (to.x - from.x) / length;
  const dy = (to.y - from.y) / length;
  const k = (ra - rb) / length;
  const s = Math.sqrt(1 - k * k);
  const n1 = { x: k * dx - s * dy, y: k * dy + s * dx };
  const n2 = { x: k * dx + s * dy, y: k * dy - s * dx };
  const at = (c: Point, r: number, n: Point) => `${f(c.x + r * n.x)} ${f(c.y + r * n.y)}`;
  const bigAtFrom = ra >= rb ? 1 : 0;
  return [
    `M${at(from, ra, n1)}`,
    `L${at(to, rb, n1)}`,
    `A${f(rb)} ${f(rb)} 0 ${1 - bigAtFrom} 0 ${at(to, rb, n2)}`,
    `L${at(from, ra, n2)}`,
    `A${f(ra)} ${f(ra)} 0 ${bigAtFrom} 0 ${at(from, ra, n1)}`,
    'Z',
  ].join('');
}

export function partPath(part: BodyPart): string {
  switch (part.kind) {
    case 'limb':
      return limbPath(part);
    case 'trunk':
      return `M${part.corners.map((corner) => `${f(corner.x)} ${f(corner.y)}`).join('L')}Z`;
    case 'head': {
      const { centre, radius: r } = part;
      return `M${f(centre.x - r)} ${f(centre.y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    }
  }
}

export function polyline(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${f(point.x)} ${f(point.y)}`).join('');
}
