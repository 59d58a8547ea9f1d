import type { Surface } from '../../src/index.ts';
import type { Landscape } from '../lab/engine/landscape.ts';
import { WORLD_HEIGHT } from '../lab/engine/landscape.ts';

/** The known minima of `surface` (the whole-data one under batch norm): gold for global ones, white for local. */
export function MinimaMarkers({ landscape, surface }: { landscape: Landscape; surface: Surface }) {
  const { frame, heightMap } = landscape;
  const [a0, a1] = frame.domain.w1;
  const [b0, b1] = frame.domain.w2;
  const inside = surface.minima.filter(
    (m) => m.w[0] >= a0 && m.w[0] <= a1 && m.w[1] >= b0 && m.w[1] <= b1,
  );
  return (
    <group>
      {inside.map((m, k) => (
        <mesh
          key={k}
          raycast={() => null}
          position={[
            (m.w[0] - frame.center[0]) * frame.scale[0],
            heightMap.toUnit(m.loss) * WORLD_HEIGHT + 0.12,
            -(m.w[1] - frame.center[1]) * frame.scale[1],
          ]}
        >
          <octahedronGeometry args={[m.global ? 0.14 : 0.09]} />
          <meshBasicMaterial color={m.global ? '#ffd43b' : '#f8f9fa'} />
        </mesh>
      ))}
    </group>
  );
}
