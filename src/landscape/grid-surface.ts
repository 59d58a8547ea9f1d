import type { Surface } from '../surfaces/surface.ts';
import type { LocalizedText } from '../text.ts';

/**
 * A surface from loss values on an n × n grid over [−range, range]² (values[j·n + i]), by bilinear
 * interpolation; the gradient by central differences. Used to draw a network's loss slice with
 * the same machinery as the formula surfaces. Its minimum is the lowest grid point.
 */
export function gridSurface(
  values: ArrayLike<number>,
  n: number,
  range: number,
  meta: { id: string; name: LocalizedText; description: LocalizedText },
): Surface {
  const step = (2 * range) / (n - 1);
  const at = (i: number, j: number) =>
    values[Math.min(n - 1, Math.max(0, j)) * n + Math.min(n - 1, Math.max(0, i))]!;
  const value = (a: number, b: number) => {
    const x = Math.min(n - 1, Math.max(0, (a + range) / step));
    const y = Math.min(n - 1, Math.max(0, (b + range) / step));
    const i = Math.min(n - 2, Math.floor(x));
    const j = Math.min(n - 2, Math.floor(y));
    const fx = x - i;
    const fy = y - j;
    return (
      (1 - fy) * ((1 - fx) * at(i, j) + fx * at(i + 1, j)) +
      fy * ((1 - fx) * at(i, j + 1) + fx * at(i + 1, j + 1))
    );
  };
  let best = 0;
  for (let k = 1; k < n * n; k++) if (values[k]! < values[best]!) best = k;
  const w: [number, number] = [-range + (best % n) * step, -range + Math.floor(best / n) * step];
  return {
    ...meta,
    domain: { w1: [-range, range], w2: [-range, range] },
    minima: [{ w, loss: values[best]!, global: true }],
    start: [0, 0],
    quadratic: false,
    value,
    gradient(a, b, out) {
      const h = step / 2;
      out[0] = (value(a + h, b) - value(a - h, b)) / (2 * h);
      out[1] = (value(a, b + h) - value(a, b - h)) / (2 * h);
      return out;
    },
  };
}
