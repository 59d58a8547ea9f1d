import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, DoubleSide } from 'three';
import { gridSurface } from '../../src/index.ts';
import { createLandscape } from '../sim/landscape.ts';
import { layoutGridGeometry, updateGridHeights } from './grid-geometry.ts';

/**
 * A network's loss slice as a 3-D surface, drawn with the same grid geometry, height map and
 * colours as the main scene (log height when the loss spans orders of magnitude).
 */
export function LandscapeView({
  values,
  resolution,
  range,
  label,
  testId,
}: {
  values: Float32Array;
  resolution: number;
  range: number;
  label: string;
  testId?: string;
}) {
  const geometry = useMemo(() => {
    const surface = gridSurface(values, resolution, range, {
      id: 'network',
      name: { en: label, 'zh-TW': label },
      description: { en: label, 'zh-TW': label },
    });
    const landscape = createLandscape(surface, resolution, 'auto', 'equal');
    const g = new BufferGeometry();
    layoutGridGeometry(g, landscape, 1, true);
    updateGridHeights(g, landscape, 1);
    g.computeVertexNormals();
    return g;
  }, [values, resolution, range, label]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <div className="landscape-view" data-testid={testId}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 45, position: [-9, 9, 11] }}
        aria-label={label}
        role="img"
      >
        <color attach="background" args={['#0d1320']} />
        <ambientLight intensity={0.55} />
        <directionalLight position={[6, 12, 8]} intensity={1.6} />
        <mesh geometry={geometry}>
          <meshStandardMaterial vertexColors side={DoubleSide} roughness={0.75} />
        </mesh>
        <OrbitControls makeDefault target={[0, 1, 0]} />
      </Canvas>
    </div>
  );
}
