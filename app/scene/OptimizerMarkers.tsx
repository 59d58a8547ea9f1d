import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import { clipSegment, lastExit, stepOf, type Runner } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useDriver, usePane } from '../lab/react/driver-context.tsx';
import { runColor } from '../ui/run-colors.ts';
import { useLab } from '../lab/react/use-lab.tsx';
import { WORLD_SIZE, type Landscape } from '../lab/engine/landscape.ts';
import { useLabelBoard, type LabelBoard } from './label-board.tsx';
import { BALL_RADIUS, createRunMarkerObjects, showLines } from './run-marker-objects.ts';
import { place, RunTrail } from './run-trail.ts';

const UP = new Vector3(0, 1, 0);
/** Lays a ring flat on the ground (its geometry faces +z). */
const FLAT = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2);
const NO_TURN = new Quaternion();

/**
 * Every run's optimizer in one pane: a ball at the current weights, a fading trail of the last
 * steps, and an arrow to where plain gradient descent would go next (−η∇L). A trail is cut at
 * the surface's box: a run that leaves it ends in a ring on the edge, labelled "left the surface
 * at step N", instead of lines far outside. All runs share one draw per kind of mark (see
 * run-marker-objects.ts), read from the driver in useFrame and written into preallocated buffers.
 */
export function OptimizerMarkers({ runCount }: { runCount: number }) {
  const driver = useDriver();
  const { index, pane } = usePane();
  const t = useT();
  const board = useLabelBoard();
  const presenter = useLab((s) => s.page.presenter);
  const theme = useLab((s) => s.theme);
  const objects = useMemo(() => createRunMarkerObjects(runCount, presenter), [runCount, presenter]);
  useEffect(() => () => objects.dispose(), [objects]);
  const runs = useMemo(
    () =>
      Array.from({ length: runCount }, (_, r) => {
        const css = runColor(theme, r);
        return { css, color: new Color(css), trail: new RunTrail(r), exit: '' };
      }),
    [runCount, theme],
  );
  useEffect(() => () => clearExits(board, runs.length), [board, runs]);
  const tmp = useMemo(
    () => ({
      a: new Vector3(),
      b: new Vector3(),
      d: new Vector3(),
      q: new Quaternion(),
      s: new Vector3(),
      m: new Matrix4(),
    }),
    [],
  );
  const seen = useRef({ run: -1, land: -1, runners: null as unknown, objects, runs, t });

  useFrame(() => {
    const current = pane();
    const l = current.landscape;
    const s = seen.current;
    // A network's loss slice is shown in the first pane in place of the experiment's surface.
    const hidden = index === 0 && driver.overlaid;
    objects.root.visible = !hidden;
    if (hidden) {
      if (s.run !== -1) clearExits(board, runs.length);
      s.run = -1;
      for (const run of runs) run.exit = '';
      return;
    }
    if (
      s.run === driver.runVersion &&
      s.land === l.version &&
      s.runners === current.runners &&
      s.objects === objects &&
      s.runs === runs &&
      s.t === t
    )
      return;
    // A new language must repaint the exit labels even when no run has moved.
    if (s.t !== t) for (const run of runs) run.exit = '';
    s.run = driver.runVersion;
    s.land = l.version;
    s.runners = current.runners;
    s.objects = objects;
    // A new theme brings new colours (and new runs' objects): repaint even when no run has moved.
    if (s.runs !== runs) for (const run of runs) run.exit = '';
    s.runs = runs;
    s.t = t;

    const { trailLines, trailDots, shafts, balls, rings, heads } = objects;
    shafts.count = 0;
    balls.count = rings.count = heads.count = 0;
    const scale = presenter ? 1.6 : 1;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const runner = current.runners[r];
      if (!runner) {
        trailLines.hideRun(r);
        trailDots.hideRun(r);
        if (run.exit !== '') board.set(`exit-${r}`, []);
        run.exit = '';
        continue;
      }
      run.trail.write(l, runner, run.color, trailLines, trailDots);

      const h = runner.history;
      const exit = lastExit(h.w1, h.w2, h.length, l.frame.domain);
      const w = runner.state.w;
      const a = exit ? place(l, exit.w[0], exit.w[1], tmp.a) : place(l, w[0]!, w[1]!, tmp.a);
      const marks = exit ? rings : balls;
      const lift = exit ? 0.05 : BALL_RADIUS;
      tmp.b.set(a.x, a.y + lift, a.z);
      tmp.m.compose(tmp.b, exit ? FLAT : NO_TURN, tmp.s.setScalar(scale));
      marks.setMatrixAt(marks.count, tmp.m);
      marks.setColorAt(marks.count++, run.color);

      const exitKey = exit ? `${exit.step}@${a.x},${a.y},${a.z}` : '';
      if (exitKey !== run.exit) {
        run.exit = exitKey;
        board.set(
          `exit-${r}`,
          exit
            ? [
                {
                  id: `exit-${r}`,
                  kind: 'exit',
                  text: t('leftSurface', { n: stepOf(h, exit.step) }),
                  position: [a.x, a.y + 0.35, a.z],
                  anchor: 'above',
                  color: run.css,
                },
              ]
            : [],
        );
      }
      if (!exit) addArrow(l, runner, run.color, objects, tmp);
    }
    trailLines.upload();
    trailDots.upload();
    showLines(objects.shaftsGeometry, shafts);
    for (const mesh of [balls, rings, heads]) {
      mesh.visible = mesh.count > 0;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  });

  return <primitive object={objects.root} />;
}

function clearExits(board: LabelBoard, runs: number): void {
  for (let r = 0; r < runs; r++) board.set(`exit-${r}`, []);
}

/**
 * The next plain step −η∇L of a run still going, drawn from its ball (at tmp.a) towards where it
 * lands, cut at the box: a shaft and a head, sized as three's ArrowHelper sizes them.
 */
function addArrow(
  l: Landscape,
  runner: Runner,
  color: Color,
  { shafts, heads }: ReturnType<typeof createRunMarkerObjects>,
  tmp: { a: Vector3; b: Vector3; d: Vector3; q: Quaternion; s: Vector3; m: Matrix4 },
): void {
  if (runner.status !== 'incomplete') return;
  const w = runner.state.w;
  const eta = runner.params.learningRate;
  const g = runner.gradient;
  const w1 = w[0]!;
  const w2 = w[1]!;
  const t1 = w1 - eta * g[0]!;
  const t2 = w2 - eta * g[1]!;
  const cut = clipSegment(l.frame.domain, w1, w2, t1, t2);
  const s = cut ? cut[1] : 0;
  place(l, w1 + s * (t1 - w1), w2 + s * (t2 - w2), tmp.b);
  const d = tmp.d.subVectors(tmp.b, tmp.a);
  const length = d.length();
  if (length <= 1e-3) return;
  d.divideScalar(length);
  const shown = Math.min(length, 2 * WORLD_SIZE);
  const headLength = Math.min(0.35, 0.4 * length);
  const headWidth = Math.min(0.2, 0.25 * length);
  const origin = tmp.a.setY(tmp.a.y + BALL_RADIUS);
  shafts.push(origin, color, 1);
  shafts.push(tmp.b.copy(origin).addScaledVector(d, Math.max(1e-4, shown - headLength)), color, 1);
  tmp.b.copy(origin).addScaledVector(d, shown);
  tmp.m.compose(
    tmp.b,
    tmp.q.setFromUnitVectors(UP, d),
    tmp.s.set(headWidth, headLength, headWidth),
  );
  heads.setMatrixAt(heads.count, tmp.m);
  heads.setColorAt(heads.count++, color);
}
