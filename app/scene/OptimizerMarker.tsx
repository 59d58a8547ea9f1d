import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  ArrowHelper,
  BufferAttribute,
  BufferGeometry,
  Color,
  LineBasicMaterial,
  LineSegments,
  Points,
  type Group,
  PointsMaterial,
  Vector3,
  type Mesh,
} from 'three';
import { clipSegment, inDomain, lastExit, stepOf } from '../../src/index.ts';
import { useT } from '../i18n/use-t.ts';
import { useDriver, usePane } from '../sim/driver-context.ts';
import { useLab } from '../store/store.ts';
import { WORLD_HEIGHT, WORLD_SIZE, type Landscape } from '../sim/landscape.ts';
import { useLabelBoard } from './label-board.ts';

const TRAIL = 400;
const BALL_RADIUS = 0.2;

/** World position of weights (w1, w2) resting on the drawn surface, written into `out`. */
function place(l: Landscape, w1: number, w2: number, out: Vector3): Vector3 {
  const f = l.frame;
  return out.set(
    (w1 - f.center[0]) * f.scale[0],
    l.heightMap.toUnit(l.surface.value(w1, w2)) * WORLD_HEIGHT,
    -(w2 - f.center[1]) * f.scale[1],
  );
}

/** Geometry with a position (xyz) and colour (rgba) attribute for `count` vertices. */
function buffers(count: number): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(count * 3), 3));
  g.setAttribute('color', new BufferAttribute(new Float32Array(count * 4), 4));
  g.setDrawRange(0, 0);
  return g;
}

/**
 * The optimizer: a ball at the current weights, a fading trail of the last steps, and an arrow to
 * where plain gradient descent would go next (−η∇L). The trail is cut at the surface's box: a run
 * that leaves it ends in a ring on the edge, labelled "left the surface at step N", instead of
 * lines far outside. All read from the driver in useFrame and written into preallocated buffers.
 */
export function OptimizerMarker({ run, color }: { run: number; color: string }) {
  const driver = useDriver();
  const { index, pane } = usePane();
  const t = useT();
  const board = useLabelBoard();
  const presenter = useLab((s) => s.page.presenter);
  const trailColor = useMemo(() => new Color(color), [color]);
  const group = useRef<Group>(null);
  const ball = useRef<Mesh>(null);
  const ring = useRef<Mesh>(null);
  const path = useMemo(() => buffers(2 * TRAIL), []);
  const visits = useMemo(() => buffers(TRAIL), []);
  const trail = useMemo(() => {
    // The path is drawn over the surface (no depth test): a zig-zag between the walls of a narrow
    // valley would otherwise hide behind the nearer wall.
    const lines = new LineSegments(
      path,
      new LineBasicMaterial({ vertexColors: true, transparent: true, depthTest: false }),
    );
    lines.renderOrder = 10;
    lines.raycast = () => undefined;
    // Drawn over everything and always near the surface: no bounding sphere to recompute a frame.
    lines.frustumCulled = false;
    // Each visited point as a dot: a 1-pixel line alone is hard to see.
    const dots = new Points(
      visits,
      new PointsMaterial({
        vertexColors: true,
        transparent: true,
        // Bigger dots in presenter mode, readable from the back of a hall.
        size: presenter ? 10 : 5,
        sizeAttenuation: false,
        depthTest: false,
      }),
    );
    dots.raycast = () => undefined;
    dots.renderOrder = 10;
    dots.frustumCulled = false;
    lines.add(dots);
    return lines;
  }, [path, visits, presenter]);
  const arrow = useMemo(
    () => new ArrowHelper(new Vector3(1, 0, 0), new Vector3(), 1, color, 0.3, 0.18),
    [color],
  );
  const seen = useRef({ run: -1, land: -1, exit: '' });
  // A new colour or language must repaint the trail and its label even when the run has not moved.
  useEffect(() => {
    seen.current.run = -1;
    seen.current.exit = '';
  }, [trailColor, t]);
  useEffect(() => () => board.set(`exit-${run}`, []), [board, run]);
  const tmp = useMemo(() => ({ a: new Vector3(), b: new Vector3(), d: new Vector3() }), []);
  // World positions of the trail's points by step (slot = step mod TRAIL + 1), valid for steps
  // [from, to) of `runner` on landscape version `land`: a frame places only the new points.
  const placed = useMemo(
    () => ({
      xyz: new Float32Array(3 * (TRAIL + 1)),
      runner: null as unknown,
      land: -1,
      from: 0,
      to: 0,
    }),
    [],
  );
  useEffect(
    () => () => {
      path.dispose();
      visits.dispose();
    },
    [path, visits],
  );

  useFrame(() => {
    const current = pane();
    const l = current.landscape;
    const runner = current.runners[run];
    const hidden = runner === undefined || (index === 0 && driver.overlaid);
    if (group.current) group.current.visible = !hidden;
    if (hidden) {
      board.set(`exit-${run}`, []);
      seen.current.exit = '';
    }
    if (!runner || (seen.current.run === driver.runVersion && seen.current.land === l.version))
      return;
    seen.current.run = driver.runVersion;
    seen.current.land = l.version;
    const h = runner.history;
    const n = h.length;
    const domain = l.frame.domain;
    const first = Math.max(0, n - TRAIL);
    const alpha = (k: number) =>
      n - first > 1 ? 0.35 + (0.65 * (k - first)) / (n - 1 - first) : 1;
    const write = (geometry: BufferGeometry, slot: number, at: Vector3, a: number) => {
      const p = geometry.getAttribute('position').array as Float32Array;
      const c = geometry.getAttribute('color').array as Float32Array;
      p[3 * slot] = at.x;
      p[3 * slot + 1] = at.y + 0.04;
      p[3 * slot + 2] = at.z;
      c[4 * slot] = trailColor.r;
      c[4 * slot + 1] = trailColor.g;
      c[4 * slot + 2] = trailColor.b;
      c[4 * slot + 3] = a;
    };
    // The trail's points, placed once each while the run and the drawn surface stay the same (its
    // last steps are consecutive: a history keeps its recent steps exactly).
    const s0 = stepOf(h, first);
    const consecutive = stepOf(h, n - 1) - s0 === n - 1 - first;
    if (placed.runner !== runner || placed.land !== l.version || !consecutive) {
      placed.runner = runner;
      placed.land = l.version;
      placed.from = placed.to = 0;
    }
    const at = (k: number, out: Vector3) => {
      if (!consecutive) return place(l, h.w1[k]!, h.w2[k]!, out);
      const step = s0 + (k - first);
      const o = 3 * (step % (TRAIL + 1));
      if (step < placed.from || step >= placed.to) {
        place(l, h.w1[k]!, h.w2[k]!, out);
        placed.xyz[o] = out.x;
        placed.xyz[o + 1] = out.y;
        placed.xyz[o + 2] = out.z;
        return out;
      }
      return out.set(placed.xyz[o]!, placed.xyz[o + 1]!, placed.xyz[o + 2]!);
    };
    // Segments k → k+1, each cut to the box (Liang–Barsky); dots at the visited points inside it.
    let segments = 0;
    let dots = 0;
    for (let k = first; k < n; k++) {
      const [a1, a2] = [h.w1[k]!, h.w2[k]!];
      const inside = inDomain(domain, a1, a2);
      if (inside) write(visits, dots++, at(k, tmp.a), alpha(k));
      if (k + 1 >= n) break;
      const [b1, b2] = [h.w1[k + 1]!, h.w2[k + 1]!];
      const cut = clipSegment(domain, a1, a2, b1, b2);
      if (!cut) continue;
      for (let e = 0; e < 2; e++) {
        const s = cut[e]!;
        // An end that is a visited point inside the box is that point; a cut end is placed anew.
        if (s === 0 && inside) at(k, tmp.a);
        else if (s === 1) at(k + 1, tmp.a);
        else place(l, a1 + s * (b1 - a1), a2 + s * (b2 - a2), tmp.a);
        write(path, 2 * segments + e, tmp.a, alpha(k + s));
      }
      segments++;
    }
    if (consecutive) {
      placed.from = s0;
      placed.to = s0 + (n - first);
    }
    for (const [g, count] of [
      [path, 2 * segments],
      [visits, dots],
    ] as const) {
      g.setDrawRange(0, count);
      g.getAttribute('position').needsUpdate = true;
      g.getAttribute('color').needsUpdate = true;
    }

    const exit = lastExit(h.w1, h.w2, n, domain);
    const w = runner.state.w;
    if (exit) place(l, exit.w[0], exit.w[1], tmp.a);
    else place(l, w[0]!, w[1]!, tmp.a);
    ball.current?.position.set(tmp.a.x, tmp.a.y + BALL_RADIUS, tmp.a.z);
    if (ball.current) ball.current.visible = !exit;
    if (ring.current) {
      ring.current.visible = exit !== null;
      ring.current.position.set(tmp.a.x, tmp.a.y + 0.05, tmp.a.z);
    }
    const exitKey = exit ? `${exit.step}@${tmp.a.toArray().join(',')}` : '';
    if (exitKey !== seen.current.exit) {
      seen.current.exit = exitKey;
      board.set(
        `exit-${run}`,
        exit
          ? [
              {
                id: `exit-${run}`,
                kind: 'exit',
                text: t('leftSurface', { n: stepOf(h, exit.step) }),
                position: [tmp.a.x, tmp.a.y + 0.35, tmp.a.z],
                anchor: 'above',
                color,
              },
            ]
          : [],
      );
    }

    // The next plain step −η∇L, drawn from the ball towards where it lands, cut at the box.
    const eta = runner.params.learningRate;
    const g = runner.gradient;
    const [t1, t2] = [w[0]! - eta * g[0]!, w[1]! - eta * g[1]!];
    const cut = exit ? null : clipSegment(domain, w[0]!, w[1]!, t1, t2);
    const s = cut ? cut[1] : 0;
    place(l, w[0]! + s * (t1 - w[0]!), w[1]! + s * (t2 - w[1]!), tmp.b);
    tmp.d.subVectors(tmp.b, tmp.a);
    const length = tmp.d.length();
    arrow.visible = !exit && runner.status === 'incomplete' && length > 1e-3;
    if (arrow.visible) {
      arrow.position.set(tmp.a.x, tmp.a.y + BALL_RADIUS, tmp.a.z);
      arrow.setDirection(tmp.d.normalize());
      arrow.setLength(
        Math.min(length, 2 * WORLD_SIZE),
        Math.min(0.35, 0.4 * length),
        Math.min(0.2, 0.25 * length),
      );
    }
  });

  return (
    <group ref={group}>
      <mesh ref={ball} raycast={() => null} name="optimizer-ball" scale={presenter ? 1.6 : 1}>
        <sphereGeometry args={[BALL_RADIUS, 24, 16]} />
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.35}
          roughness={0.4}
        />
      </mesh>
      <mesh
        ref={ring}
        raycast={() => null}
        name="optimizer-exit"
        visible={false}
        rotation={[-Math.PI / 2, 0, 0]}
        renderOrder={11}
        scale={presenter ? 1.6 : 1}
      >
        <ringGeometry args={[0.2, 0.34, 32]} />
        <meshBasicMaterial color={color} depthTest={false} transparent />
      </mesh>
      <primitive object={trail} />
      <primitive object={arrow} />
    </group>
  );
}
