/** A rectangle in pixels of a pane (x right, y down). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a label's box sits relative to its point: centred on it, or above it. */
export type LabelAnchor = 'center' | 'above';

/** One label to place: its projected point, measured size and how it may move. */
export interface LabelRequest {
  x: number;
  y: number;
  w: number;
  h: number;
  anchor: LabelAnchor;
  /**
   * A name (an axis's, "left the surface") is moved inside the pane and out from under overlays;
   * a tick value is dropped instead, since a moved tick would point at another value.
   */
  movable: boolean;
}

const PAD = 2;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w + PAD && b.x < a.x + a.w + PAD && a.y < b.y + b.h + PAD && b.y < a.y + a.h + PAD;

/**
 * Boxes for labels in a width × height pane, in order of precedence (earlier ones win): each is
 * kept inside the pane and off the `obstacles` (HTML overlays such as the probe) and earlier boxes,
 * or null when it cannot be. Pure: the scene calls it every drawn frame, the export per image.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
): (Box | null)[] {
  const placed: Box[] = [];
  return requests.map((r) => {
    if (!Number.isFinite(r.x) || !Number.isFinite(r.y)) return null;
    const box: Box = {
      x: r.x - r.w / 2,
      y: r.anchor === 'above' ? r.y - r.h - 4 : r.y - r.h / 2,
      w: r.w,
      h: r.h,
    };
    const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;
    const free = (b: Box) =>
      !placed.some((p) => overlaps(b, p)) && !obstacles.some((o) => overlaps(b, o));
    let candidates: Box[] = [box];
    if (r.movable) {
      const clamped = {
        ...box,
        x: Math.min(Math.max(box.x, PAD), width - box.w - PAD),
        y: Math.min(Math.max(box.y, PAD), height - box.h - PAD),
      };
      // Out from under each overlay: above, below, left or right of it.
      candidates = [clamped];
      for (const o of obstacles) {
        candidates.push(
          { ...clamped, y: o.y - clamped.h - PAD },
          { ...clamped, y: o.y + o.h + PAD },
          { ...clamped, x: o.x - clamped.w - PAD },
          { ...clamped, x: o.x + o.w + PAD },
        );
      }
    }
    // A name that lands on an earlier label moves just above or below it (a few tries).
    let found: Box | null = null;
    for (let k = 0; k < candidates.length && k < 24 && !found; k++) {
      const b = candidates[k]!;
      if (inside(b) && free(b)) found = b;
      else if (r.movable)
        for (const p of placed.filter((q) => overlaps(b, q)))
          candidates.push({ ...b, y: p.y - b.h - PAD }, { ...b, y: p.y + p.h + PAD });
    }
    if (found) placed.push(found);
    return found;
  });
}
