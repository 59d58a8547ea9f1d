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
  /** The axis a tick belongs to: a crowded axis keeps every 2nd (3rd, …) tick, evenly. */
  group?: string;
  /** May slide sideways into the pane (a height tick: its value is read from its height). */
  slideX?: boolean;
}

const PAD = 2;
const MAX_STRIDE = 4;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w + PAD && b.x < a.x + a.w + PAD && a.y < b.y + b.h + PAD && b.y < a.y + a.h + PAD;

/** The box of a request at its point (slid sideways into a pane `width` wide if it may). */
const boxAt = (r: LabelRequest, width = Infinity): Box => ({
  x: r.slideX ? Math.min(Math.max(r.x - r.w / 2, PAD), width - r.w - PAD) : r.x - r.w / 2,
  y: r.anchor === 'above' ? r.y - r.h - 4 : r.y - r.h / 2,
  w: r.w,
  h: r.h,
});

/**
 * Boxes for labels in a width × height pane, in order of precedence (earlier ones win): each is
 * kept inside the pane and off the `obstacles` (HTML overlays such as the probe) and earlier boxes,
 * or null when it cannot be. The ticks of a group are thinned evenly (every k-th kept, k the
 * smallest that leaves no two overlapping) rather than one by one. Pure: the scene calls it every
 * drawn frame, the export per image.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
): (Box | null)[] {
  const placed: Box[] = [];
  const result: (Box | null)[] = requests.map(() => null);
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;
  const hitsLabel = (b: Box) => placed.some((p) => overlaps(b, p));
  const hitsOverlay = (b: Box) => obstacles.some((o) => overlaps(b, o));
  const finite = (r: LabelRequest) => Number.isFinite(r.x) && Number.isFinite(r.y);
  const groups = new Map<string, number[]>();
  requests.forEach((r, k) => {
    if (!finite(r)) return;
    if (r.group !== undefined) {
      const members = groups.get(r.group);
      if (members) members.push(k);
      else groups.set(r.group, [k]);
      return;
    }
    const found = placeOne(r, width, height, obstacles, placed, inside, hitsLabel, hitsOverlay);
    if (found) placed.push(found);
    result[k] = found;
  });
  for (const members of groups.values()) {
    // Inside the pane and off the overlays; whether they clear each other decides the stride.
    const shown = members.filter((k) => {
      const b = boxAt(requests[k]!, width);
      return inside(b) && !hitsOverlay(b);
    });
    const pick = (stride: number) =>
      shown.filter((_, i) => i % stride === 0).map((k) => [k, boxAt(requests[k]!, width)] as const);
    let boxes: (readonly [number, Box])[] | null = null;
    for (let stride = 1; stride <= MAX_STRIDE && !boxes; stride++) {
      const tried = pick(stride);
      const clear = tried.every(
        ([, b], i) => !hitsLabel(b) && tried.slice(0, i).every(([, c]) => !overlaps(b, c)),
      );
      if (clear) boxes = tried;
    }
    // No even stride clears the other labels: keep whichever ticks fit, one by one.
    for (const [k, b] of boxes ?? pick(1)) {
      if (hitsLabel(b)) continue;
      placed.push(b);
      result[k] = b;
    }
  }
  return result;
}

/** A box for one ungrouped label: at its point, or (a name) moved inside and clear. */
function placeOne(
  r: LabelRequest,
  width: number,
  height: number,
  obstacles: readonly Box[],
  placed: readonly Box[],
  inside: (b: Box) => boolean,
  hitsLabel: (b: Box) => boolean,
  hitsOverlay: (b: Box) => boolean,
): Box | null {
  const box = boxAt(r);
  const free = (b: Box) => !hitsLabel(b) && !hitsOverlay(b);
  if (!r.movable) return inside(box) && free(box) ? box : null;
  const clamped = {
    ...box,
    x: Math.min(Math.max(box.x, PAD), width - box.w - PAD),
    y: Math.min(Math.max(box.y, PAD), height - box.h - PAD),
  };
  // Out from under each overlay: above, below, left or right of it.
  const candidates: Box[] = [clamped];
  for (const o of obstacles) {
    candidates.push(
      { ...clamped, y: o.y - clamped.h - PAD },
      { ...clamped, y: o.y + o.h + PAD },
      { ...clamped, x: o.x - clamped.w - PAD },
      { ...clamped, x: o.x + o.w + PAD },
    );
  }
  // A name that lands on an earlier label moves just above or below it (a few tries).
  for (let k = 0; k < candidates.length && k < 24; k++) {
    const b = candidates[k]!;
    if (inside(b) && free(b)) return b;
    for (const p of placed.filter((q) => overlaps(b, q)))
      candidates.push({ ...b, y: p.y - b.h - PAD }, { ...b, y: p.y + p.h + PAD });
  }
  return null;
}
