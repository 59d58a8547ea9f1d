import { Html } from '@react-three/drei';
import { useContext, useMemo, type RefObject } from 'react';
import { formatNumber } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { LabelLayerContext } from '../sim/driver-context.ts';
import type { Landscape } from '../sim/landscape.ts';
import { WORLD_HEIGHT } from '../sim/landscape.ts';
import { FLOOR_Y } from './ContourLines.tsx';
import { niceTicks } from './ticks.ts';

/** Axes w1 (front edge), w2 (left edge) and loss (back-left corner) with tick values. */
export function Axes({
  landscape,
  names = ['w1', 'w2'],
}: {
  landscape: Landscape;
  names?: readonly [string, string];
}) {
  const t = useT();
  const layer = useContext(LabelLayerContext);
  // Seen from straight above the loss axis collapses to a point: its labels would pile up.
  const showLoss = useLab((s) => s.experiment.camera) !== 'top';
  const { frame, heightMap } = landscape;
  const [hx, hz] = frame.half;
  const lines = useMemo(() => {
    const p = [
      -hx,
      FLOOR_Y,
      hz,
      hx,
      FLOOR_Y,
      hz,
      -hx,
      FLOOR_Y,
      hz,
      -hx,
      FLOOR_Y,
      -hz,
      -hx,
      FLOOR_Y,
      -hz,
      -hx,
      WORLD_HEIGHT,
      -hz,
    ];
    return new Float32Array(p);
  }, [hx, hz]);
  const w1Ticks = niceTicks(frame.domain.w1[0], frame.domain.w1[1], 6);
  const w2Ticks = niceTicks(frame.domain.w2[0], frame.domain.w2[1], 6);
  const lossTicks = [0, 0.25, 0.5, 0.75, 1];
  const x = (w1: number) => (w1 - frame.center[0]) * frame.scale[0];
  const z = (w2: number) => -(w2 - frame.center[1]) * frame.scale[1];
  const label = (text: string, position: [number, number, number], className = 'tick') => (
    <Html
      key={`${text}@${position.join(',')}`}
      position={position}
      center
      className={className}
      zIndexRange={[10, 0]}
      portal={(layer ?? undefined) as RefObject<HTMLElement> | undefined}
    >
      {text}
    </Html>
  );
  return (
    <group>
      <lineSegments raycast={() => null}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[lines, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color="#c8d3e0" />
      </lineSegments>
      {w1Ticks.map((v) => label(formatNumber(v, 3), [x(v), FLOOR_Y, hz + 0.45]))}
      {w2Ticks.map((v) => label(formatNumber(v, 3), [-hx - 0.6, FLOOR_Y, z(v)]))}
      {showLoss &&
        lossTicks.map((u) =>
          label(formatNumber(heightMap.fromUnit(u), 3), [-hx - 0.5, u * WORLD_HEIGHT, -hz]),
        )}
      {label(names[0], [hx + 0.6, FLOOR_Y, hz + 0.45], 'axis-name')}
      {label(names[1], [-hx - 1.5, FLOOR_Y, 0], 'axis-name')}
      {showLoss &&
        label(
          heightMap.kind === 'log' ? t('axisLossLog') : t('axisLoss'),
          [-hx, WORLD_HEIGHT + 0.7, -hz],
          'axis-name',
        )}
    </group>
  );
}
