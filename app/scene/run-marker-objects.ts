import {
  BufferAttribute,
  BufferGeometry,
  type Color,
  CylinderGeometry,
  DynamicDrawUsage,
  Group,
  InstancedBufferAttribute,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  MeshBasicMaterial,
  MeshStandardMaterial,
  type Object3D,
  Points,
  PointsMaterial,
  RingGeometry,
  SphereGeometry,
  type Vector3,
} from 'three';
import { TrailSlots } from './trail-slots.ts';

export const BALL_RADIUS = 0.2;

/**
 * Vertices shared by every run's arrow shafts (one draw for all runs): xyz positions and rgba
 * colours, filled from the start each time they change; `count` vertices are in use.
 */
export class LineVertices {
  readonly position: Float32Array;
  readonly color: Float32Array;
  count = 0;
  constructor(capacity: number) {
    this.position = new Float32Array(3 * capacity);
    this.color = new Float32Array(4 * capacity);
  }

  push(at: Vector3, color: Color, alpha: number): void {
    const i = this.count++;
    const { position: p, color: c } = this;
    p[3 * i] = at.x;
    p[3 * i + 1] = at.y;
    p[3 * i + 2] = at.z;
    c[4 * i] = color.r;
    c[4 * i + 1] = color.g;
    c[4 * i + 2] = color.b;
    c[4 * i + 3] = alpha;
  }
}

/**
 * Every run's marks in one pane, drawn with a fixed number of draws however many runs there are:
 * the trails' segments (one line-segments draw, colour per vertex) and dots (one points draw),
 * the balls, the exit rings and the arrows' heads (one instanced mesh each, colour per instance)
 * and the arrows' shafts (one line-segments draw).
 */
export interface RunMarkerObjects {
  root: Group;
  trailLines: TrailSlots;
  trailDots: TrailSlots;
  shafts: LineVertices;
  shaftsGeometry: BufferGeometry;
  balls: InstancedMesh;
  rings: InstancedMesh;
  heads: InstancedMesh;
  dispose(): void;
}

/** A geometry drawing `vertices` (its arrays, shared, updated in place). */
function lineGeometry(vertices: LineVertices): BufferGeometry {
  const g = new BufferGeometry();
  const position = new BufferAttribute(vertices.position, 3).setUsage(DynamicDrawUsage);
  const color = new BufferAttribute(vertices.color, 4).setUsage(DynamicDrawUsage);
  g.setAttribute('position', position);
  g.setAttribute('color', color);
  g.setDrawRange(0, 0);
  return g;
}

/** Uploads the vertices in use (only those) and draws them. */
export function showLines(g: BufferGeometry, vertices: LineVertices): void {
  g.setDrawRange(0, vertices.count);
  for (const name of ['position', 'color']) {
    const a = g.getAttribute(name) as BufferAttribute;
    a.clearUpdateRanges();
    if (vertices.count > 0) a.addUpdateRange(0, vertices.count * a.itemSize);
    a.needsUpdate = true;
  }
}

/** Drawn whatever the camera sees (they sit on the surface), never picked. */
function passive<T extends Object3D>(o: T, renderOrder = 0): T {
  o.frustumCulled = false;
  o.raycast = () => undefined;
  o.renderOrder = renderOrder;
  return o;
}

function instanced(
  geometry: BufferGeometry,
  material: MeshBasicMaterial | MeshStandardMaterial,
  capacity: number,
  renderOrder = 0,
) {
  const mesh = passive(new InstancedMesh(geometry, material, capacity), renderOrder);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  // Each instance has its run's colour: made now (not on the first setColorAt), so the shader
  // compiled before the first frame is the one drawn with.
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
  mesh.instanceColor.setUsage(DynamicDrawUsage);
  mesh.count = 0;
  return mesh;
}

/** The marks of `capacity` runs; dots and balls larger in presenter mode. */
export function createRunMarkerObjects(capacity: number, presenter: boolean): RunMarkerObjects {
  const trailLines = new TrailSlots(capacity, 2);
  const trailDots = new TrailSlots(capacity, 1);
  const shafts = new LineVertices(2 * capacity);
  const shaftsGeometry = lineGeometry(shafts);
  // The trails are drawn over the surface (no depth test): a zig-zag between the walls of a narrow
  // valley would otherwise hide behind the nearer wall.
  const linesMaterial = new LineBasicMaterial({
    vertexColors: true,
    transparent: true,
    depthTest: false,
  });
  trailLines.shade(linesMaterial, 0.5);
  const lines = passive(new LineSegments(trailLines.geometry, linesMaterial), 10);
  // Each visited point as a dot: a 1-pixel line alone is hard to see. Bigger in presenter mode,
  // readable from the back of a hall.
  const dotsMaterial = new PointsMaterial({
    vertexColors: true,
    transparent: true,
    size: presenter ? 10 : 5,
    sizeAttenuation: false,
    depthTest: false,
  });
  trailDots.shade(dotsMaterial, 0);
  const dots = passive(new Points(trailDots.geometry, dotsMaterial), 10);
  const ballMaterial = new MeshStandardMaterial({
    color: '#ffffff',
    emissive: '#ffffff',
    emissiveIntensity: 0.35,
    roughness: 0.4,
  });
  // Each ball glows in its own colour: the emissive term takes the instance's colour too.
  ballMaterial.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      'vec3 totalEmissiveRadiance = emissive;',
      'vec3 totalEmissiveRadiance = emissive * vColor.rgb;',
    );
  };
  const balls = instanced(new SphereGeometry(BALL_RADIUS, 24, 16), ballMaterial, capacity);
  balls.name = 'optimizer-balls';
  const rings = instanced(
    new RingGeometry(0.2, 0.34, 32),
    new MeshBasicMaterial({ depthTest: false, transparent: true }),
    capacity,
    11,
  );
  rings.name = 'optimizer-exits';
  // The arrows' heads and shafts as three's ArrowHelper draws them: a five-sided cone whose tip is
  // at its origin, pointing along +y, and an unlit line.
  const head = new CylinderGeometry(0, 0.5, 1, 5, 1).translate(0, -0.5, 0);
  const heads = instanced(head, new MeshBasicMaterial({ toneMapped: false }), capacity);
  const shaftLines = passive(
    new LineSegments(
      shaftsGeometry,
      new LineBasicMaterial({ vertexColors: true, toneMapped: false }),
    ),
  );
  const root = new Group();
  root.add(balls, rings, lines, dots, shaftLines, heads);
  return {
    root,
    trailLines,
    trailDots,
    shafts,
    shaftsGeometry,
    balls,
    rings,
    heads,
    dispose() {
      for (const o of [lines, dots, shaftLines, balls, rings, heads]) {
        o.geometry.dispose();
        (o.material as MeshBasicMaterial).dispose();
      }
      balls.dispose();
      rings.dispose();
      heads.dispose();
    },
  };
}
