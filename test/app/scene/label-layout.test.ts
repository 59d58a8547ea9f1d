import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../app/scene/label-layout.ts';

const tick = (x: number, y: number): LabelRequest => ({
  x,
  y,
  w: 30,
  h: 12,
  anchor: 'center',
  movable: false,
});
const name = (x: number, y: number): LabelRequest => ({
  x,
  y,
  w: 60,
  h: 14,
  anchor: 'center',
  movable: true,
});

describe('placeLabels', () => {
  it('moves a name that would be clipped at the edge back inside ("oss (log)")', () => {
    const [box] = placeLabels([name(5, 50)], 300, 200);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.w).toBeLessThanOrEqual(300);
  });

  it('drops a tick outside the pane or over an earlier label, never moves it', () => {
    const boxes = placeLabels([tick(100, 100), tick(110, 102), tick(-20, 50)], 300, 200);
    expect(boxes[0]).toEqual({ x: 85, y: 94, w: 30, h: 12 });
    expect(boxes[1]).toBeNull();
    expect(boxes[2]).toBeNull();
  });

  it('moves a name out from under an overlay (the probe box), and no two boxes overlap', () => {
    const probe = { x: 200, y: 120, w: 100, h: 80 };
    const boxes = placeLabels([name(250, 160), tick(20, 20), tick(60, 20)], 300, 200, [probe]);
    const b = boxes[0]!;
    const apart = (p: typeof b, q: typeof b) =>
      p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
    expect(apart(b, probe)).toBe(true);
    const shown = boxes.filter((x) => x !== null);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(apart(shown[i]!, shown[j]!)).toBe(true);
  });

  it('moves a name off an earlier label (an exit label over the loss axis name)', () => {
    const [exit, lossName] = placeLabels([name(100, 50), name(110, 52)], 300, 200);
    expect(exit).not.toBeNull();
    expect(lossName).not.toBeNull();
    expect(Math.abs(lossName!.y - exit!.y)).toBeGreaterThanOrEqual(14);
  });

  it('thins a crowded axis evenly: every other tick, not a gap here and there', () => {
    // Ticks 10 px apart, 12 px tall: every second one clears its neighbours.
    const ticks = [0, 1, 2, 3, 4, 5].map((k) => ({ ...tick(50, 20 + 10 * k), group: 'loss' }));
    const boxes = placeLabels(ticks, 300, 200);
    expect(boxes.map((b) => b !== null)).toEqual([true, false, true, false, true, false]);
  });
});
