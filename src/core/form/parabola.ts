/**
 * Least-squares parabola through points, read at its vertex: where a rep turned, found from all the
 * frames around the turn rather than from the one that happened to be most extreme.
 */

/** Running sums for the normal equations of y = a + b·x + c·x². Reused: no allocation per point. */
export interface ParabolaSums {
  n: number;
  x1: number;
  x2: number;
  x3: number;
  x4: number;
  y0: number;
  y1: number;
  y2: number;
}

export function createParabolaSums(): ParabolaSums {
  return { n: 0, x1: 0, x2: 0, x3: 0, x4: 0, y0: 0, y1: 0, y2: 0 };
}

export function clearParabolaSums(sums: ParabolaSums): void {
  sums.n = 0;
  sums.x1 = 0;
  sums.x2 = 0;
  sums.x3 = 0;
  sums.x4 = 0;
  sums.y0 = 0;
  sums.y1 = 0;
  sums.y2 = 0;
}

export function addParabolaPoint(sums: ParabolaSums, x: number, y: number): void {
  const xx = x * x;
  sums.n++;
  sums.x1 += x;
  sums.x2 += xx;
  sums.x3 += xx * x;
  sums.x4 += xx * xx;
  sums.y0 += y;
  sums.y1 += y * x;
  sums.y2 += y * xx;
}

/**
 * The fitted parabola's value at its vertex, or at the nearer end of [from, to] when the vertex lies
 * outside. NaN when the fit is degenerate or bends the wrong way (`opensUpwards` false means a peak is
 * expected), which jitter on a flat turn can produce.
 */
export function parabolaVertexValue(
  sums: ParabolaSums,
  from: number,
  to: number,
  opensUpwards: boolean,
): number {
  const { n, x1, x2, x3, x4, y0, y1, y2 } = sums;
  // Cramer's rule on [[n, x1, x2], [x1, x2, x3], [x2, x3, x4]] · [a, b, c] = [y0, y1, y2].
  const det = n * (x2 * x4 - x3 * x3) - x1 * (x1 * x4 - x3 * x2) + x2 * (x1 * x3 - x2 * x2);
  if (!(Math.abs(det) > 1e-12)) return Number.NaN;
  const a = (y0 * (x2 * x4 - x3 * x3) - x1 * (y1 * x4 - x3 * y2) + x2 * (y1 * x3 - x2 * y2)) / det;
  const b = (n * (y1 * x4 - x3 * y2) - y0 * (x1 * x4 - x3 * x2) + x2 * (x1 * y2 - y1 * x2)) / det;
  const c = (n * (x2 * y2 - y1 * x3) - x1 * (x1 * y2 - y1 * x2) + y0 * (x1 * x3 - x2 * x2)) / det;
  if (opensUpwards ? !(c > 0) : !(c < 0)) return Number.NaN;
  const vertexAt = Math.min(to, Math.max(from, -b / (2 * c)));
  return a + b * vertexAt + c * vertexAt * vertexAt;
}
