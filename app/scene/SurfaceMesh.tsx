import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import { viridis } from '../../src/index.ts';
import { useDriver, usePane } from '../sim/driver-context.ts';
import { fromWorld, WORLD_HEIGHT } from '../sim/landscape.ts';
import { landscapeUnits } from '../sim/landscape-units.ts';

/**
 * The error surface as a lit, viridis-coloured mesh. The geometry is rebuilt only when the grid's
 * resolution or frame changes; new values (another mini-batch) update it in place.
 */
export function SurfaceMesh({ wireframe }: { wireframe: boolean }) {
  const driver = useDriver();
  const { index, pane } = usePane();
  const geometry = useMemo(() => new BufferGeometry(), []);
  const seen = useRef({ shape: -1, version: -1 });
  useEffect(() => () => geometry.dispose(), [geometry]);

  useFrame(() => {
    const l = pane().landscape;
    const n = l.grid.resolution;
    if (seen.current.shape !== l.shapeVersion) {
      seen.current.shape = l.shapeVersion;
      seen.current.version = -1;
      const positions = new Float32Array(n * n * 3);
      const [a0, a1] = l.frame.domain.w1;
      const [b0, b1] = l.frame.domain.w2;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const k = (j * n + i) * 3;
          positions[k] = (a0 + ((a1 - a0) * i) / (n - 1) - l.frame.center[0]) * l.frame.scale[0];
          positions[k + 2] =
            -(b0 + ((b1 - b0) * j) / (n - 1) - l.frame.center[1]) * l.frame.scale[1];
        }
      }
      const index = new Uint32Array((n - 1) * (n - 1) * 6);
      let p = 0;
      for (let j = 0; j < n - 1; j++) {
        for (let i = 0; i < n - 1; i++) {
          const a = j * n + i;
          index.set([a, a + 1, a + n, a + 1, a + n + 1, a + n], p);
          p += 6;
        }
      }
      geometry.setAttribute('position', new BufferAttribute(positions, 3));
      geometry.setAttribute('color', new BufferAttribute(new Float32Array(n * n * 3), 3));
      geometry.setIndex(new BufferAttribute(index, 1));
    }
    if (seen.current.version !== l.version) {
      seen.current.version = l.version;
      const units = landscapeUnits(l);
      const position = geometry.getAttribute('position') as BufferAttribute;
      const color = geometry.getAttribute('color') as BufferAttribute;
      const pos = position.array as Float32Array;
      const col = color.array as Float32Array;
      for (let k = 0; k < units.length; k++) {
        pos[3 * k + 1] = units[k]! * WORLD_HEIGHT;
        viridis(units[k]!, col, 3 * k);
      }
      position.needsUpdate = true;
      color.needsUpdate = true;
      geometry.computeVertexNormals();
      geometry.computeBoundingSphere();
    }
  });

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    // A drag (orbiting the camera) is not a click on the surface.
    if (e.delta > 6) return;
    e.stopPropagation();
    const [w1, w2] = fromWorld(pane().landscape.frame, e.point.x, e.point.z);
    driver.setStart(w1, w2, index);
  };

  return (
    <group>
      <mesh geometry={geometry} onClick={onClick} name="surface">
        <meshStandardMaterial
          vertexColors
          side={DoubleSide}
          roughness={0.75}
          metalness={0.05}
          polygonOffset
          polygonOffsetFactor={1}
          polygonOffsetUnits={1}
        />
      </mesh>
      {wireframe ? (
        <mesh geometry={geometry} raycast={() => null}>
          <meshBasicMaterial wireframe color="#ffffff" transparent opacity={0.12} />
        </mesh>
      ) : null}
    </group>
  );
}
