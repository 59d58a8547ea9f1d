// The three.js classes the scene writes as JSX elements (<mesh>, <group>, …): what R3F's <Canvas>
// registers in place of all of three (see leanThreeCatalogue in vite.config.ts), so the bundle
// keeps only the parts of three in use. A new element used in a scene needs its class here
// (test/app/scene/three-catalogue.test.ts checks every one).
export {
  AmbientLight,
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  OctahedronGeometry,
  RingGeometry,
  SphereGeometry,
} from 'three';
