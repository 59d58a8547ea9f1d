import {
  contourSegments,
  createHeightMap,
  subgrid,
  viridis,
  type HeightMap,
} from '../../src/index.ts';
import { tickText } from '../charts/chart-spec.ts';
import { drawPath } from '../scene/draw-path.ts';
import { CONTOUR_LEVELS } from '../scene/contour-levels.ts';
import { COARSE, type NetworkSlice } from '../workers/run-network.ts';

/** Losses above this are the slice's stand-in for a non-finite loss, left out of the colour scale. */
const HUGE = 1e30;

/** The grid to draw (the coarse one until the slice is complete) and its colour scale. */
export function sliceImage(slice: NetworkSlice): {
  values: Float32Array;
  n: number;
  map: HeightMap;
} {
  const values = slice.complete ? slice.values : subgrid(slice.values, slice.resolution, COARSE);
  const n = slice.complete ? slice.resolution : Math.floor((slice.resolution - 1) / COARSE) + 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v < HUGE)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) lo = hi = 0;
  return { values, n, map: createHeightMap(values, lo, hi, 'auto') };
}

export interface MapText {
  alpha: string;
  beta: string;
  start: string;
  end: string;
}

/** The theme's colours for the axes' text and ticks (the page's chart variables). */
export interface MapColors {
  text: string;
  axis: string;
}

/**
 * The slice as a viridis map with contours (α right, β up, both over [−range, range]), the path
 * (α_t, β_t) over it with its start and end marked, tick labels on both axes and a colour bar
 * with the loss at its ends. Draws in CSS pixels on a context prepared for the device ratio.
 */
export function drawPathMap(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  slice: NetworkSlice,
  path: { alpha: Float64Array; beta: Float64Array },
  color: string,
  text: MapText,
  colors: MapColors,
): void {
  const { values, n, map } = sliceImage(slice);
  const font = 12;
  ctx.font = `${font}px system-ui, sans-serif`;
  const left = 40;
  const bottom = 34;
  const right = 74;
  const size = Math.max(40, Math.min(width - left - right, height - bottom - 8));
  const x0 = left;
  const y0 = 6;
  ctx.clearRect(0, 0, width, height);
  // The map: one rectangle per grid point, row j at the bottom for β = −range.
  const cell = size / n;
  const rgb = [0, 0, 0];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      viridis(map.toUnit(values[j * n + i]!), rgb);
      ctx.fillStyle = `rgb(${rgb[0]! * 255},${rgb[1]! * 255},${rgb[2]! * 255})`;
      ctx.fillRect(x0 + i * cell, y0 + size - (j + 1) * cell, cell + 0.5, cell + 0.5);
    }
  }
  // Contours through the cell centres, at the 3-D view's levels.
  const units = Float32Array.from(values, (v) => map.toUnit(v));
  const c = contourSegments(units, n, CONTOUR_LEVELS);
  const gx = (i: number) => x0 + (i + 0.5) * cell;
  const gy = (j: number) => y0 + size - (j + 0.5) * cell;
  ctx.strokeStyle = 'rgba(255,255,255,0.35)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let k = 0; k < c.count; k++) {
    ctx.moveTo(gx(c.segments[4 * k]!), gy(c.segments[4 * k + 1]!));
    ctx.lineTo(gx(c.segments[4 * k + 2]!), gy(c.segments[4 * k + 3]!));
  }
  ctx.stroke();
  // The path, start (ring) to end (filled dot at the centre).
  const r = slice.range;
  const px = (a: number) => x0 + ((a + r) / (2 * r)) * size;
  const py = (b: number) => y0 + size - ((b + r) / (2 * r)) * size;
  drawPath(ctx, path, color, px, py);
  const last = path.alpha.length - 1;
  // Labels beside their point, on the side with room inside the map: white with a dark edge, read
  // on the light and the dark end of the colour scale alike.
  const label = (s: string, x: number, y: number) => {
    const w = ctx.measureText(s).width;
    const lx = x + 7 + w > x0 + size ? x - 7 - w : x + 7;
    const ly = Math.max(y0 + font, y);
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(13, 19, 32, 0.85)';
    ctx.strokeText(s, lx, ly);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(s, lx, ly);
  };
  label(text.start, px(path.alpha[0]!), py(path.beta[0]!) - 6);
  label(text.end, px(path.alpha[last]!), py(path.beta[last]!) + 14);
  // Axes: ticks at −range, 0, range.
  ctx.fillStyle = colors.text;
  ctx.strokeStyle = colors.axis;
  for (const v of [-r, 0, r]) {
    const label = tickText(Number(v.toPrecision(2)), false);
    const w = ctx.measureText(label).width;
    ctx.fillText(label, Math.min(px(v) - w / 2, x0 + size - w), y0 + size + font + 2);
    ctx.fillText(label, x0 - w - 4, Math.max(y0 + font, py(v) + font / 2 - 1));
  }
  ctx.fillText(
    text.alpha,
    x0 + size / 2 - ctx.measureText(text.alpha).width / 2,
    y0 + size + 2 * font + 6,
  );
  ctx.save();
  ctx.translate(10, y0 + size / 2 + ctx.measureText(text.beta).width / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.fillText(text.beta, 0, 0);
  ctx.restore();
  // Colour bar with the loss at its ends.
  const bx = x0 + size + 10;
  for (let k = 0; k < size; k++) {
    viridis(1 - k / size, rgb);
    ctx.fillStyle = `rgb(${rgb[0]! * 255},${rgb[1]! * 255},${rgb[2]! * 255})`;
    ctx.fillRect(bx, y0 + k, 12, 1.5);
  }
  ctx.fillStyle = colors.text;
  ctx.fillText(tickText(Number(map.hi.toPrecision(2)), false), bx + 15, y0 + font);
  ctx.fillText(tickText(Number(map.lo.toPrecision(2)), false), bx + 15, y0 + size);
}
