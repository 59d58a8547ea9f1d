import type { Camera, OrthographicCamera, Vector3 } from 'three';

/** What a pane registers so that orbiting one camera moves the others the same way. */
interface SyncedView {
  camera: Camera;
  target: Vector3;
  update(): void;
  invalidate(): void;
}

const views = new Set<SyncedView>();
let copying = false;

/** Registers a pane's camera; returns a function to call when it moved, and one to unregister. */
export function syncCamera(view: SyncedView): { moved(): void; dispose(): void } {
  views.add(view);
  return {
    moved() {
      // Updating the others fires their own change events: ignore those.
      if (copying) return;
      copying = true;
      for (const other of views) {
        if (other === view) continue;
        other.camera.position.copy(view.camera.position);
        other.camera.quaternion.copy(view.camera.quaternion);
        // An orthographic camera (the top view) zooms by its zoom, not by moving.
        if (isOrthographic(view.camera) && isOrthographic(other.camera)) {
          other.camera.zoom = view.camera.zoom;
          other.camera.updateProjectionMatrix();
        }
        other.target.copy(view.target);
        other.update();
        other.invalidate();
      }
      copying = false;
    },
    dispose() {
      views.delete(view);
    },
  };
}

function isOrthographic(camera: Camera): camera is OrthographicCamera {
  return (camera as OrthographicCamera).isOrthographicCamera === true;
}
