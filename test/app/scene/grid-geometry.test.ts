import { BufferAttribute, BufferGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { updateGridNormals } from '../../../app/scene/grid-geometry.ts';

/** An m×m grid laid out as layoutGridGeometry does (x with i, z against j), heights h(x, z). */
function grid(m: number, h: (x: number, z: number) => number): BufferGeometry {
  const positions = new Float32Array(m * m * 3);
  const index: number[] = [];
  for (let j = 0; j < m; j++)
    for (let i = 0; i < m; i++) {
      const x = -5 + (10 * i) / (m - 1);
      const z = 5 - (10 * j) / (m - 1);
      positions.set([x, h(x, z), z], 3 * (j * m + i));
      const a = j * m + i;
      if (i < m - 1 && j < m - 1) index.push(a, a + 1, a + m, a + 1, a + m + 1, a + m);
    }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setIndex(index);
  return g;
}

describe('grid normals', () => {
  it('point up on a flat grid', () => {
    const g = grid(8, () => 1);
    updateGridNormals(g);
    const n = g.getAttribute('normal');
    for (let k = 0; k < n.count; k++)
      expect([n.getX(k) + 0, n.getY(k), n.getZ(k) + 0]).toEqual([0, 1, 0]);
  });

  it('agree with three’s computeVertexNormals on a smooth surface', () => {
    const h = (x: number, z: number) => 0.05 * x * x + 0.3 * Math.sin(z) + 0.1 * x * z;
    const ours = grid(65, h);
    const three = grid(65, h);
    updateGridNormals(ours);
    three.computeVertexNormals();
    const a = ours.getAttribute('normal');
    const b = three.getAttribute('normal');
    let worst = 1;
    for (let k = 0; k < a.count; k++) {
      const dot = a.getX(k) * b.getX(k) + a.getY(k) * b.getY(k) + a.getZ(k) * b.getZ(k);
      worst = Math.min(worst, dot);
    }
    expect(worst).toBeGreaterThan(0.995);
  });
});
