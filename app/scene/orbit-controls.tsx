// Orbit, zoom and pan (drei's wrapper of three's OrbitControls): loaded after the first frame by
// CameraRig, which places the camera itself until then.
export { OrbitControls } from '@react-three/drei';
