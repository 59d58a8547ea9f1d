import {
  BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  type Color,
  type Material,
  type Vector3,
} from 'three';

/** Steps of a run drawn as its trail, behind the ball. */
export const TRAIL = 400;
/** The trail floats this far above the surface (it is drawn over it, without a depth test). */
const LIFT = 0.04;
/** A slot's key when it holds nothing to draw. */
const EMPTY = -1;

/**
 * The trails of every run of a pane in one geometry: TRAIL slots a run (a ring: slot = key mod
 * TRAIL), each one trail point (a dot) or one segment (two vertices). A slot is written once, when
 * its step is new, and keyed by its step: the shader (see fadeTrail) draws a slot only while its
 * key lies in its run's window [first, last] (`trailSpan`, one vec2 a run, set every frame) and
 * fades it from 0.35 at the oldest point to 1 at the newest, so a frame writes only its new steps.
 * Vertex attributes: position (xyz), color (rgb) and trail = (run, key, the step its fade is of).
 */
export class TrailSlots {
  readonly geometry = new BufferGeometry();
  /** Per run: first and last key of its window (a uniform; first > last hides the run). */
  readonly span: Float32Array;
  private readonly position: Float32Array;
  private readonly color: Float32Array;
  private readonly trail: Float32Array;
  /** Per run, the slots written since the last upload: [lo, hi), or lo = hi when none. */
  private readonly dirty: Int32Array;

  constructor(
    readonly runs: number,
    /** Vertices a slot: 2 for segments, 1 for dots. */
    readonly perSlot: 1 | 2,
  ) {
    const n = runs * TRAIL * perSlot;
    this.position = new Float32Array(3 * n);
    this.color = new Float32Array(3 * n);
    this.trail = new Float32Array(3 * n);
    for (let v = 0; v < n; v++) {
      this.trail[3 * v] = Math.floor(v / (TRAIL * perSlot));
      this.trail[3 * v + 1] = EMPTY;
    }
    this.span = new Float32Array(2 * runs);
    for (let r = 0; r < runs; r++) this.hideRun(r);
    this.dirty = new Int32Array(2 * runs);
    const g = this.geometry;
    g.setAttribute('position', new BufferAttribute(this.position, 3).setUsage(DynamicDrawUsage));
    g.setAttribute('color', new BufferAttribute(this.color, 3).setUsage(DynamicDrawUsage));
    g.setAttribute('trail', new BufferAttribute(this.trail, 3).setUsage(DynamicDrawUsage));
  }

  /** Draws none of run r's slots. */
  hideRun(r: number): void {
    this.span[2 * r] = 1;
    this.span[2 * r + 1] = 0;
  }

  /** Marks every slot of run r empty. */
  clearRun(r: number): void {
    for (let slot = 0; slot < TRAIL; slot++) this.clear(r, slot);
  }

  /** Marks slot `slot` of run r empty. */
  clear(r: number, slot: number): void {
    const v0 = (r * TRAIL + slot) * this.perSlot;
    for (let e = 0; e < this.perSlot; e++) this.trail[3 * (v0 + e) + 1] = EMPTY;
    this.touch(r, slot);
  }

  /** Writes vertex e of slot `slot` of run r: a point `at`, its colour, its key and fade step. */
  set(r: number, slot: number, e: number, at: Vector3, color: Color, key: number, fade: number) {
    const v = (r * TRAIL + slot) * this.perSlot + e;
    const { position: p, color: c, trail: t } = this;
    p[3 * v] = at.x;
    p[3 * v + 1] = at.y + LIFT;
    p[3 * v + 2] = at.z;
    c[3 * v] = color.r;
    c[3 * v + 1] = color.g;
    c[3 * v + 2] = color.b;
    t[3 * v + 1] = key;
    t[3 * v + 2] = fade;
    if (e === 0) this.touch(r, slot);
  }

  private touch(r: number, slot: number): void {
    const d = this.dirty;
    if (d[2 * r] === d[2 * r + 1]) {
      d[2 * r] = slot;
      d[2 * r + 1] = slot + 1;
    } else {
      d[2 * r] = Math.min(d[2 * r]!, slot);
      d[2 * r + 1] = Math.max(d[2 * r + 1]!, slot + 1);
    }
  }

  /** Uploads the slots written since the last upload (only those). */
  upload(): void {
    const d = this.dirty;
    let any = false;
    for (const name of ['position', 'color', 'trail']) {
      const a = this.geometry.getAttribute(name) as BufferAttribute;
      for (let r = 0; r < this.runs; r++) {
        if (d[2 * r] === d[2 * r + 1]) continue;
        const from = (r * TRAIL + d[2 * r]!) * this.perSlot;
        const to = (r * TRAIL + d[2 * r + 1]!) * this.perSlot;
        a.addUpdateRange(3 * from, 3 * (to - from));
        any = true;
      }
      if (any) a.needsUpdate = true;
    }
    d.fill(0);
  }

  /**
   * Has `material` (a line or points material with vertexColors) draw these slots: a vertex whose
   * key is outside its run's window is moved out of view, the others fade with their age.
   * `pad`: a segment's key is its first step + 0.5, and it needs both ends in the window.
   */
  shade(material: Material, pad: number): void {
    const span = this.span;
    const runs = this.runs;
    material.onBeforeCompile = (shader) => {
      shader.uniforms.trailSpan = { value: span };
      shader.vertexShader = shader.vertexShader
        .replace(
          'void main() {',
          `attribute vec3 trail;\nuniform vec2 trailSpan[${runs}];\nvoid main() {`,
        )
        .replace(
          '#include <project_vertex>',
          `#include <project_vertex>
          vec2 window = trailSpan[int(trail.x)];
          if (trail.y < window.x + ${pad.toFixed(1)} || trail.y > window.y - ${pad.toFixed(1)})
            gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: not drawn
          vColor.a = window.y > window.x ? 0.35 + 0.65 * (trail.z - window.x) / (window.y - window.x) : 1.0;`,
        );
    };
    material.customProgramCacheKey = () => `trail-${runs}-${pad}`;
  }
}
