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
 * edges. Saddle cells are split by the cell's mean value.
 */
export function contourSegments(
  values: ArrayLike<number>,
  n: number,
  levels: readonly number[],
): Contours {
  const seg: number[] = [];
  const lev: number[] = [];
  const at = (i: number, j: number) => values[j * n + i]!;
  for (const level of levels) {
    for (let j = 0; j < n - 1; j++) {
      for (let i = 0; i < n - 1; i++) {
        const a = at(i, j); // (i, j)
        const b = at(i + 1, j); // (i+1, j)
        const c = at(i + 1, j + 1); // (i+1, j+1)
        const d = at(i, j + 1); // (i, j+1)
        const code =
          (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
        if (code === 0 || code === 15) continue;
        const t = (p: number, q: number) => (p === q ? 0.5 : (level - p) / (q - p));
        // Edge crossings: bottom (a→b), right (b→c), top (d→c), left (a→d).
        const bottom = () => [i + t(a, b), j];
        const right = () => [i + 1, j + t(b, c)];
        const top = () => [i + t(d, c), j + 1];
        const left = () => [i, j + t(a, d)];
        const add = (p: number[], q: number[]) => {
          seg.push(p[0]!, p[1]!, q[0]!, q[1]!);
          lev.push(level);
        };
        switch (code) {
          case 1:
          case 14:
            add(left(), bottom());
            break;
          case 2:
          case 13:
            add(bottom(), right());
            break;
          case 3:
          case 12:
            add(left(), right());
            break;
          case 4:
          case 11:
            add(right(), top());
            break;
          case 6:
          case 9:
            add(bottom(), top());
            break;
          case 7:
          case 8:
            add(left(), top());
            break;
          case 5:
          case 10: {
            const centerAbove = (a + b + c + d) / 4 > level;
            if ((code === 5) === centerAbove) {
              add(left(), top());
              add(bottom(), right());
            } else {
              add(left(), bottom());
              add(right(), top());
            }
            break;
          }
        }
      }
    }
  }
  return { segments: Float32Array.from(seg), levels: Float32Array.from(lev), count: lev.length };
}
