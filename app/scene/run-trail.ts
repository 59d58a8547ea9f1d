import { Vector3, type Color } from 'three';
import { clipSegment, inDomain, stepOf, type Runner } from '../../src/index.ts';
import { WORLD_HEIGHT, type Landscape } from '../lab/engine/landscape.ts';
import { TRAIL, type TrailSlots } from './trail-slots.ts';

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
 * One run's fading trail of its last TRAIL steps, cut at the surface's box: segments k → k+1
 * (Liang–Barsky) and a dot at each visited point inside the box, written into the slots of run
 * `r` (see TrailSlots). Keys are steps while the trail's steps are consecutive (a history keeps its
 * recent steps exactly), so a frame writes only the steps that are new and places each point on
 * the surface once; otherwise (a thinned stretch) keys are history indices, written anew.
 */
export class RunTrail {
  /** World positions of the placed points, by key mod (TRAIL + 1). */
  private readonly xyz = new Float32Array(3 * (TRAIL + 1));
  private runner: Runner | null = null;
  private land = -1;
  /** Points with keys below this are written; -1 when a full rewrite is due. */
  private to = -1;
  /** Points with keys below this are placed (those inside the box: kept in xyz). */
  private placed = 0;
  private readonly a = new Vector3();
  private readonly b = new Vector3();

  constructor(private readonly r: number) {}

  /** Writes this run's new steps into `segments` and `dots` and sets its window in both. */
  write(l: Landscape, runner: Runner, color: Color, segments: TrailSlots, dots: TrailSlots) {
    const { r, a, b } = this;
    const h = runner.history;
    const n = h.length;
    const first = Math.max(0, n - TRAIL);
    const consecutive = n > 0 && stepOf(h, n - 1) - stepOf(h, first) === n - 1 - first;
    // key = index + offset: the step itself while the steps are consecutive.
    const offset = consecutive ? stepOf(h, first) - first : 0;
    if (this.runner !== runner || this.land !== l.version || !consecutive || this.to < 0) {
      this.runner = runner;
      this.land = l.version;
      this.to = -1;
      this.placed = first + offset;
      segments.clearRun(r);
      dots.clearRun(r);
    }
    const from = Math.max(first, this.to - offset);
    const domain = l.frame.domain;
    for (let k = Math.max(first, from - 1); k < n; k++) {
      const key = k + offset;
      const a1 = h.w1[k]!;
      const a2 = h.w2[k]!;
      const inside = inDomain(domain, a1, a2);
      const slot = key % TRAIL;
      if (k >= from) {
        if (inside) dots.set(r, slot, 0, this.point(l, key, a1, a2, a), color, key, key);
        else dots.clear(r, slot);
      }
      if (k + 1 >= n) break;
      const b1 = h.w1[k + 1]!;
      const b2 = h.w2[k + 1]!;
      if (inside && inDomain(domain, b1, b2)) {
        // Both ends inside the box (the common case): the segment joins the two visited points.
        segments.set(r, slot, 0, this.point(l, key, a1, a2, a), color, key + 0.5, key);
        segments.set(r, slot, 1, this.point(l, key + 1, b1, b2, b), color, key + 0.5, key + 1);
        continue;
      }
      const cut = clipSegment(domain, a1, a2, b1, b2);
      if (!cut) {
        segments.clear(r, slot);
        continue;
      }
      for (let e = 0; e < 2; e++) {
        const s = cut[e]!;
        // An end that is a visited point inside the box is that point; a cut end is placed anew.
        if (s === 0 && inside) this.point(l, key, a1, a2, a);
        else if (s === 1) this.point(l, key + 1, b1, b2, a);
        else place(l, a1 + s * (b1 - a1), a2 + s * (b2 - a2), a);
        segments.set(r, slot, e, a, color, key + 0.5, key + s);
      }
    }
    this.to = consecutive ? n + offset : -1;
    for (const slots of [segments, dots]) {
      slots.span[2 * r] = first + offset;
      slots.span[2 * r + 1] = n - 1 + offset;
    }
  }

  /**
   * The world position of the point with this key and weights (w1, w2), placed on the surface the
   * first time it is asked for (a frame asks in order of keys) and kept.
   */
  private point(l: Landscape, key: number, w1: number, w2: number, out: Vector3): Vector3 {
    const o = 3 * (key % (TRAIL + 1));
    const xyz = this.xyz;
    if (key < this.placed) return out.set(xyz[o]!, xyz[o + 1]!, xyz[o + 2]!);
    this.placed = key + 1;
    place(l, w1, w2, out);
    xyz[o] = out.x;
    xyz[o + 1] = out.y;
    xyz[o + 2] = out.z;
    return out;
  }
}
