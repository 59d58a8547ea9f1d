import { useEffect, useMemo } from 'react';
import { heightTicks, niceTicks } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import type { Landscape } from '../lab/engine/landscape.ts';
import { WORLD_HEIGHT } from '../lab/engine/landscape.ts';
import { FLOOR_Y } from './ContourLines.tsx';
import { useLabelBoard, type SceneLabel } from './label-board.tsx';

const AXIS_NAMES = ['w1', 'w2'] as const;

/**
 * Axes w1 (front edge), w2 (left edge) and loss (back-left corner). Their tick values and names go
 * on the pane's label board (drawn by SceneLabels, and into exported images); the height ticks are
 * round values of the surface's own loss range (heightTicks), whatever the grid's resolution.
 */
export function Axes({
  landscape,
  names = AXIS_NAMES,
}: {
  landscape: Landscape;
  names?: readonly [string, string];
}) {
  const t = useT();
  const theme = useLab((st) => st.theme);
  const board = useLabelBoard();
  // Seen from straight above the loss axis collapses to a point: its labels would pile up.
  const showLoss = useLab((s) => s.experiment.camera) !== 'top';
  const { frame, heightMap } = landscape;
  const [hx, hz] = frame.half;
  const lines = useMemo(
    () =>
      new Float32Array([
        ...[-hx, FLOOR_Y, hz, hx, FLOOR_Y, hz],
        ...[-hx, FLOOR_Y, hz, -hx, FLOOR_Y, -hz],
        ...[-hx, FLOOR_Y, -hz, -hx, WORLD_HEIGHT, -hz],
      ]),
    [hx, hz],
  );
  const lossName = heightMap.kind === 'log' ? t('axisLossLog') : t('axisLoss');
  useEffect(() => {
    const x = (w1: number) => (w1 - frame.center[0]) * frame.scale[0];
    const z = (w2: number) => -(w2 - frame.center[1]) * frame.scale[1];
    const labels: SceneLabel[] = [
      {
        id: 'name-w1',
        kind: 'axis-name',
        text: names[0],
        position: [hx + 0.6, FLOOR_Y, hz + 0.45],
      },
      { id: 'name-w2', kind: 'axis-name', text: names[1], position: [-hx - 1.5, FLOOR_Y, 0] },
    ];
    if (showLoss)
      labels.push({
        id: 'name-loss',
        kind: 'axis-name',
        text: lossName,
        position: [-hx, WORLD_HEIGHT, -hz],
        anchor: 'above',
      });
    const tick = (id: string, v: number, position: SceneLabel['position']): SceneLabel => ({
      id: `${id}:${v}`,
      kind: 'tick',
      group: id,
      text: formatNumber(v, 3),
      position,
    });
    for (const v of niceTicks(frame.domain.w1[0], frame.domain.w1[1], 6))
      labels.push(tick('w1', v, [x(v), FLOOR_Y, hz + 0.45]));
    for (const v of niceTicks(frame.domain.w2[0], frame.domain.w2[1], 6))
      labels.push(tick('w2', v, [-hx - 0.6, FLOOR_Y, z(v)]));
    if (showLoss)
      for (const v of heightTicks(heightMap))
        labels.push({
          ...tick('loss', v, [-hx - 0.5, heightMap.toUnit(v) * WORLD_HEIGHT, -hz]),
          slideX: true,
        });
    board.set('axes', labels);
  }, [board, frame, heightMap, hx, hz, names, showLoss, lossName]);
  useEffect(() => () => board.set('axes', []), [board]);
  return (
    <lineSegments raycast={() => null}>
      <bufferGeometry>
        <bufferAttribute attach="attributes-position" args={[lines, 3]} />
      </bufferGeometry>
      <lineBasicMaterial color={theme === 'light' ? '#4a5568' : '#c8d3e0'} />
    </lineSegments>
  );
}
