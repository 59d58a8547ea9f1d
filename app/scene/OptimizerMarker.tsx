import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  ArrowHelper,
  BufferAttribute,
  BufferGeometry,
  Color,
  Line,
  LineBasicMaterial,
  Points,
  type Group,
  PointsMaterial,
  Vector3,
  type Mesh,
} from 'three';
import { useDriver, usePane } from '../sim/driver-context.ts';
import { useLab } from '../store/store.ts';
import { WORLD_HEIGHT, WORLD_SIZE, type Landscape } from '../sim/landscape.ts';

const TRAIL = 400;
const BALL_RADIUS = 0.2;
/** Drawn positions are kept within this distance of the centre, so a diverging run stays in view. */
const LIMIT = WORLD_SIZE * 0.75;

const clamp = (v: number) => (v < -LIMIT ? -LIMIT : v > LIMIT ? LIMIT : v);

/** World position of weights (w1, w2) resting on the drawn surface, written into `out`. */
function place(l: Landscape, w1: number, w2: number, out: Vector3): Vector3 {
  const f = l.frame;
  return out.set(
    clamp((w1 - f.center[0]) * f.scale[0]),
    l.heightMap.toUnit(l.surface.value(w1, w2)) * WORLD_HEIGHT,
    clamp(-(w2 - f.center[1]) * f.scale[1]),
  );
}

/**
 * The optimizer: a ball at the current weights, a fading trail of the last steps, and an arrow to
 * where plain gradient descent would go next (−η∇L). All read from the driver in useFrame and
 * written into preallocated buffers: nothing is allocated per frame.
 */
export function OptimizerMarker({ run, color }: { run: number; color: string }) {
  const driver = useDriver();
  const { index, pane } = usePane();
  const presenter = useLab((s) => s.page.presenter);
  const trailColor = useMemo(() => new Color(color), [color]);
  const group = useRef<Group>(null);
  const ball = useRef<Mesh>(null);
  const trail = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(TRAIL * 3), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(TRAIL * 4), 4));
    g.setDrawRange(0, 0);
    return g;
  }, []);
  const trailLine = useMemo(() => {
    // The path is drawn over the surface (no depth test): a zig-zag between the walls of a narrow
    // valley would otherwise hide behind the nearer wall.
    const line = new Line(
      trail,
      new LineBasicMaterial({ vertexColors: true, transparent: true, depthTest: false }),
    );
    line.renderOrder = 10;
    line.raycast = () => undefined;
    // Each visited point as a dot on the same buffers: a 1-pixel line alone is hard to see.
    const dots = new Points(
      trail,
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
    line.add(dots);
    return line;
  }, [trail, presenter]);
  const arrow = useMemo(
    () => new ArrowHelper(new Vector3(1, 0, 0), new Vector3(), 1, color, 0.3, 0.18),
    [color],
  );
  const seen = useRef({ run: -1, land: -1 });
  // A new colour must repaint the trail even when the run has not moved.
  useEffect(() => {
    seen.current.run = -1;
  }, [trailColor]);
  const tmp = useMemo(() => ({ a: new Vector3(), b: new Vector3(), d: new Vector3() }), []);
  useEffect(() => () => trail.dispose(), [trail]);

  useFrame(() => {
    const current = pane();
    const l = current.landscape;
    const runner = current.runners[run];
    const hidden = runner === undefined || (index === 0 && driver.overlaid);
    if (group.current) group.current.visible = !hidden;
    if (!runner || (seen.current.run === driver.runVersion && seen.current.land === l.version))
      return;
    seen.current.run = driver.runVersion;
    seen.current.land = l.version;
    const h = runner.history;
    const w = runner.state.w;
    place(l, w[0]!, w[1]!, tmp.a);
    ball.current?.position.set(tmp.a.x, tmp.a.y + BALL_RADIUS, tmp.a.z);

    const count = Math.min(TRAIL, h.length);
    const pos = trail.getAttribute('position') as BufferAttribute;
    const col = trail.getAttribute('color') as BufferAttribute;
    const p = pos.array as Float32Array;
    const c = col.array as Float32Array;
    const first = h.length - count;
    for (let k = 0; k < count; k++) {
      place(l, h.w1[first + k]!, h.w2[first + k]!, tmp.b);
      p[3 * k] = tmp.b.x;
      p[3 * k + 1] = tmp.b.y + 0.04;
      p[3 * k + 2] = tmp.b.z;
      c[4 * k] = trailColor.r;
      c[4 * k + 1] = trailColor.g;
      c[4 * k + 2] = trailColor.b;
      c[4 * k + 3] = count > 1 ? 0.35 + (0.65 * k) / (count - 1) : 1;
    }
    trail.setDrawRange(0, count);
    pos.needsUpdate = true;
    col.needsUpdate = true;
    trail.computeBoundingSphere();

    // The next plain step −η∇L, drawn from the ball to where it lands on the surface.
    const eta = runner.params.learningRate;
    const g = runner.gradient;
    place(l, w[0]! - eta * g[0]!, w[1]! - eta * g[1]!, tmp.b);
    tmp.d.subVectors(tmp.b, tmp.a);
    const length = tmp.d.length();
    arrow.visible = runner.status === 'incomplete' && length > 1e-3;
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
      <primitive object={trailLine} />
      <primitive object={arrow} />
    </group>
  );
}
