/** Contour line segments of a grid: endpoints in grid coordinates, with the level of each segment. */
export interface Contours {
  /** [i0, j0, i1, j1, …]: segment endpoints in grid units (i along w1, j along w2). */
  segments: Float32Array;
  /** The level of each segment (one entry per segment). */
  levels: Float32Array;
  count: number;
}

/**
 * Marching squares over an n × n grid (values[j·n + i]) at each of `levels`. Each cell crossed by a
 * level contributes one or two segments, their ends placed by linear interpolation along the cell
 * edges. Saddle cells are split by the cell's mean value. One pass over the cells: each visits only
 * the levels between its lowest and highest corner (found by bisection in the sorted levels), with
 * no allocation per segment, so a grid redrawn every frame stays cheap whatever the number of levels.
 */
export function contourSegments(
  values: ArrayLike<number>,
  n: number,
  levels: readonly number[],
): Contours {
  const sorted = Float64Array.from(levels).sort();
  const out = { seg: new Float32Array(4096), lev: new Float32Array(1024), count: 0 };
  const add = (x0: number, y0: number, x1: number, y1: number, level: number) => {
    if (out.count === out.lev.length) {
      const seg = new Float32Array(out.seg.length * 2);
      seg.set(out.seg);
      const lev = new Float32Array(out.lev.length * 2);
      lev.set(out.lev);
      out.seg = seg;
      out.lev = lev;
    }
    const s = 4 * out.count;
    out.seg[s] = x0;
    out.seg[s + 1] = y0;
    out.seg[s + 2] = x1;
    out.seg[s + 3] = y1;
    out.lev[out.count++] = level;
  };
  // Where p → q crosses the level, as a fraction of the edge.
  const t = (p: number, q: number, level: number) => (p === q ? 0.5 : (level - p) / (q - p));
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = values[j * n + i]!; // (i, j)
      const b = values[j * n + i + 1]!; // (i+1, j)
      const c = values[(j + 1) * n + i + 1]!; // (i+1, j+1)
      const d = values[(j + 1) * n + i]!; // (i, j+1)
      // A level crosses the cell when some corner is above it and some is not: lo ≤ level < hi
      // (a NaN corner is never above a level, as in the comparisons below).
      const lo = Math.min(a, b, c, d);
      const hi = Math.max(orLowest(a), orLowest(b), orLowest(c), orLowest(d));
      let k = firstAtLeast(sorted, lo === lo ? lo : -Infinity);
      for (; k < sorted.length && sorted[k]! < hi; k++) {
        const level = sorted[k]!;
        const code =
          (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
        // Edge crossings: bottom (a→b), right (b→c), top (d→c), left (a→d).
        switch (code) {
          case 1:
          case 14:
            add(i, j + t(a, d, level), i + t(a, b, level), j, level);
            break;
          case 2:
          case 13:
            add(i + t(a, b, level), j, i + 1, j + t(b, c, level), level);
            break;
          case 3:
          case 12:
            add(i, j + t(a, d, level), i + 1, j + t(b, c, level), level);
            break;
          case 4:
          case 11:
            add(i + 1, j + t(b, c, level), i + t(d, c, level), j + 1, level);
            break;
          case 6:
          case 9:
            add(i + t(a, b, level), j, i + t(d, c, level), j + 1, level);
            break;
          case 7:
          case 8:
            add(i, j + t(a, d, level), i + t(d, c, level), j + 1, level);
            break;
          case 5:
          case 10: {
            const centerAbove = (a + b + c + d) / 4 > level;
            if ((code === 5) === centerAbove) {
              add(i, j + t(a, d, level), i + t(d, c, level), j + 1, level);
              add(i + t(a, b, level), j, i + 1, j + t(b, c, level), level);
            } else {
              add(i, j + t(a, d, level), i + t(a, b, level), j, level);
              add(i + 1, j + t(b, c, level), i + t(d, c, level), j + 1, level);
            }
            break;
          }
        }
      }
    }
  }
  return {
    segments: out.seg.slice(0, 4 * out.count),
    levels: out.lev.slice(0, out.count),
    count: out.count,
  };
}

/** v, or −∞ for NaN (a NaN corner counts as below every level). */
const orLowest = (v: number) => (v > -Infinity ? v : -Infinity);

/** Index of the first entry of ascending `sorted` that is ≥ x (its length when none is). */
function firstAtLeast(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
