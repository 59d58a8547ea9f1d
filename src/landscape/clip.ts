import type { Domain } from '../surfaces/surface.ts';

/** Whether (w1, w2) lies in `domain` (edges included). */
export function inDomain(domain: Domain, w1: number, w2: number): boolean {
  return w1 >= domain.w1[0] && w1 <= domain.w1[1] && w2 >= domain.w2[0] && w2 <= domain.w2[1];
}

/**
 * The part of the segment a + t·(b − a), t ∈ [0, 1], inside `domain`, as [t0, t1] (Liang–Barsky:
 * each edge bounds t by (edge − a)/(b − a)); null when the segment misses the domain or a point is
 * not finite.
 */
export function clipSegment(
  domain: Domain,
  a1: number,
  a2: number,
  b1: number,
  b2: number,
): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const d1 = b1 - a1;
  const d2 = b2 - a2;
  if (!Number.isFinite(d1) || !Number.isFinite(d2)) return null;
  // Each pair (p, q): the segment is inside the edge where t·p ≤ q.
  const edges: [number, number][] = [
    [-d1, a1 - domain.w1[0]],
    [d1, domain.w1[1] - a1],
    [-d2, a2 - domain.w2[0]],
    [d2, domain.w2[1] - a2],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** Where a path left its domain: the first step outside and the crossing point on the edge. */
export interface DomainExit {
  step: number;
  w: [number, number];
}

/**
 * Where the path (w1[k], w2[k]), k < length, last left `domain`, if it is outside at its end:
 * `step` is the first index of that last excursion and `w` the point where the segment into it
 * crosses the edge (the start itself when the path never was inside). Null when the path ends
 * inside. Scans back from the end, so its cost is the length of the final excursion.
 */
export function lastExit(
  w1: ArrayLike<number>,
  w2: ArrayLike<number>,
  length: number,
  domain: Domain,
): DomainExit | null {
  if (length === 0 || inDomain(domain, w1[length - 1]!, w2[length - 1]!)) return null;
  let k = length - 1;
  while (k > 0 && !inDomain(domain, w1[k - 1]!, w2[k - 1]!)) k--;
  if (k === 0) return { step: 0, w: [w1[0]!, w2[0]!] };
  const [a1, a2, b1, b2] = [w1[k - 1]!, w2[k - 1]!, w1[k]!, w2[k]!];
  const t = clipSegment(domain, a1, a2, b1, b2)?.[1] ?? 0;
  return { step: k, w: [a1 + t * (b1 - a1), a2 + t * (b2 - a2)] };
}
