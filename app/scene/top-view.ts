import { OrthographicCamera } from 'three';

/**
 * Room around the domain in the top view's map, in world units: for the w2 ticks and name on the
 * left, the w1 ticks below and its name at the lower right (Axes.tsx places them there).
 */
export const TOP_VIEW_MARGIN = { left: 2, right: 1.1, bottom: 1.1, top: 0.5 } as const;

export interface Margin {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** An orthographic camera's frustum, in its own coordinates (x to the right, y up the screen). */
export interface OrthoFrustum {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The top view's frustum for a pane of width × height pixels: the domain's rectangle (world x in
 * [−half[0], half[0]], z in [−half[1], half[1]]) with `margin` around it, as large as the pane
 * allows, with the pane's aspect ratio (one world unit is as many pixels across as up). Seen from
 * above with w2 pointing up the screen: the camera's x is world x (w1), its y is world −z (w2).
 */
export function topViewFrustum(
  half: readonly [number, number],
  width: number,
  height: number,
  margin: Margin = TOP_VIEW_MARGIN,
): OrthoFrustum {
  const x0 = -half[0] - margin.left;
  const x1 = half[0] + margin.right;
  const y0 = -half[1] - margin.bottom;
  const y1 = half[1] + margin.top;
  const aspect = width > 0 && height > 0 ? width / height : 1;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  let hw = (x1 - x0) / 2;
  let hh = (y1 - y0) / 2;
  // Widen whichever side the pane has room for.
  if (hw / hh < aspect) hw = hh * aspect;
  else hh = hw / aspect;
  return { left: cx - hw, right: cx + hw, bottom: cy - hh, top: cy + hh };
}

/** Height of the top view's camera over the floor: above the tallest surface, within its far plane. */
const TOP_HEIGHT = 40;

/**
 * The top view's camera: orthographic, straight down onto the (x, z) plane with w2 (−z) up the
 * screen. Its frustum is set by the scene (`fitTopCamera`), not by R3F (`manual`).
 */
export function createTopCamera(): OrthographicCamera {
  const camera = new OrthographicCamera(-1, 1, 1, -1, 0.1, 200);
  camera.up.set(0, 0, -1);
  camera.position.set(0, TOP_HEIGHT, 0);
  camera.lookAt(0, 0, 0);
  // R3F leaves a camera marked manual alone when the canvas is resized.
  Object.assign(camera, { manual: true });
  return camera;
}

/** Puts the top camera straight above `target`, looking down at it, at its first zoom. */
export function placeTopCamera(
  camera: OrthographicCamera,
  target: readonly [number, number, number],
): void {
  camera.position.set(target[0], TOP_HEIGHT, target[2]);
  camera.zoom = 1;
  camera.updateProjectionMatrix();
  camera.lookAt(...target);
}

/** Fits the top camera's frustum to the domain in a width × height pane (keeps the zoom). */
export function fitTopCamera(
  camera: OrthographicCamera,
  half: readonly [number, number],
  width: number,
  height: number,
): void {
  Object.assign(camera, topViewFrustum(half, width, height));
  camera.updateProjectionMatrix();
}
