import { Vector3, type Color } from 'three';
import { clipSegment, inDomain, stepOf, type Runner } from '../../src/index.ts';
import { WORLD_HEIGHT, type Landscape } from '../sim/landscape.ts';

/** Steps of a run drawn as its trail, behind the ball. */
export const TRAIL = 400;
/** The trail floats this far above the surface (it is drawn over it, without a depth test). */
export const TRAIL_LIFT = 0.04;

/** World position of weights (w1, w2) resting on the drawn surface, written into `out`. */
export function place(l: Landscape, w1: number, w2: number, out: Vector3): Vector3 {
  const f = l.frame;
  return out.set(
    (w1 - f.center[0]) * f.scale[0],
    l.heightMap.toUnit(l.surface.value(w1, w2)) * WORLD_HEIGHT,
    -(w2 - f.center[1]) * f.scale[1],
  );
}

/**
 * Vertices shared by every run's lines (one draw for all runs): xyz positions, raised by `lift`,
 * and rgba colours, filled from the start each time they change; `count` vertices are in use.
 */
export class LineVertices {
  readonly position: Float32Array;
  readonly color: Float32Array;
  count = 0;
  constructor(
    capacity: number,
    private readonly lift = 0,
  ) {
    this.position = new Float32Array(3 * capacity);
    this.color = new Float32Array(4 * capacity);
  }

  push(at: Vector3, color: Color, alpha: number): void {
    const i = this.count++;
    const { position: p, color: c } = this;
    p[3 * i] = at.x;
    p[3 * i + 1] = at.y + this.lift;
    p[3 * i + 2] = at.z;
    c[4 * i] = color.r;
    c[4 * i + 1] = color.g;
    c[4 * i + 2] = color.b;
    c[4 * i + 3] = alpha;
  }
}

/**
 * One run's fading trail of its last TRAIL steps, cut at the surface's box: segments k → k+1 as
 * line-segment vertex pairs (Liang–Barsky), a dot at each visited point inside the box. Keeps the
 * world positions of the points it placed by step (slot = step mod (TRAIL + 1)), valid for steps
 * [from, to) of `runner` on landscape version `land`, so a frame places only the new points (a
 * history keeps its recent steps exactly; a thinned stretch is placed anew).
 */
export class RunTrail {
  private readonly xyz = new Float32Array(3 * (TRAIL + 1));
  private runner: Runner | null = null;
  private land = -1;
  private from = 0;
  private to = 0;
  // The trail being written (set by write(), read by its helpers: no closure per frame).
  private l: Landscape | null = null;
  private first = 0;
  private n = 0;
  private s0 = 0;
  private consecutive = false;
  private readonly a = new Vector3();

  /** Appends this run's trail to `lines` (two vertices a segment) and `dots`. */
  write(
    l: Landscape,
    runner: Runner,
    color: Color,
    lines: LineVertices,
    dots: LineVertices,
  ): void {
    const h = runner.history;
    const n = h.length;
    const first = Math.max(0, n - TRAIL);
    const s0 = stepOf(h, first);
    const consecutive = stepOf(h, n - 1) - s0 === n - 1 - first;
    if (this.runner !== runner || this.land !== l.version || !consecutive) {
      this.runner = runner;
      this.land = l.version;
      this.from = this.to = 0;
    }
    this.l = l;
    this.first = first;
    this.n = n;
    this.s0 = s0;
    this.consecutive = consecutive;
    const domain = l.frame.domain;
    const at = this.a;
    for (let k = first; k < n; k++) {
      const a1 = h.w1[k]!;
      const a2 = h.w2[k]!;
      const inside = inDomain(domain, a1, a2);
      if (inside) dots.push(this.point(k, at), color, this.alpha(k));
      if (k + 1 >= n) break;
      const b1 = h.w1[k + 1]!;
      const b2 = h.w2[k + 1]!;
      if (inside && inDomain(domain, b1, b2)) {
        // Both ends inside the box (the common case): the segment is the two visited points.
        lines.push(this.point(k, at), color, this.alpha(k));
        lines.push(this.point(k + 1, at), color, this.alpha(k + 1));
        continue;
      }
      const cut = clipSegment(domain, a1, a2, b1, b2);
      if (!cut) continue;
      for (let e = 0; e < 2; e++) {
        const s = cut[e]!;
        // An end that is a visited point inside the box is that point; a cut end is placed anew.
        if (s === 0 && inside) this.point(k, at);
        else if (s === 1) this.point(k + 1, at);
        else place(l, a1 + s * (b1 - a1), a2 + s * (b2 - a2), at);
        lines.push(at, color, this.alpha(k + s));
      }
    }
    if (consecutive) {
      this.from = s0;
      this.to = s0 + (n - first);
    }
    this.l = null;
  }

  /** Opacity along the trail: 0.35 at its oldest point to 1 at the newest (k may be fractional). */
  private alpha(k: number): number {
    const span = this.n - 1 - this.first;
    return span > 0 ? 0.35 + (0.65 * (k - this.first)) / span : 1;
  }

  /** The world position of history point k, from the cache when it was placed before. */
  private point(k: number, out: Vector3): Vector3 {
    const l = this.l!;
    const h = this.runner!.history;
    if (!this.consecutive) return place(l, h.w1[k]!, h.w2[k]!, out);
    const step = this.s0 + (k - this.first);
    const o = 3 * (step % (TRAIL + 1));
    const xyz = this.xyz;
    if (step < this.from || step >= this.to) {
      place(l, h.w1[k]!, h.w2[k]!, out);
      xyz[o] = out.x;
      xyz[o + 1] = out.y;
      xyz[o + 2] = out.z;
      return out;
    }
    return out.set(xyz[o]!, xyz[o + 1]!, xyz[o + 2]!);
  }
}
