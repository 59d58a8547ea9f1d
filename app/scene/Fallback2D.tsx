import { useRef, type MouseEvent } from 'react';
import { contourSegments, lastExit, viridis, type Contours } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useDriver, usePane } from '../lab/react/driver-context.tsx';
import { runColor } from '../ui/run-colors.ts';
import type { Landscape } from '../lab/engine/landscape.ts';
import { landscapeUnits } from '../lab/engine/landscape-units.ts';
import { useDriverCanvas } from '../lab/react/use-driver-canvas.tsx';
import { CONTOUR_LEVELS } from './contour-levels.ts';
import { SCENE_BACKGROUND } from './SceneBackground.tsx';
import { useLabApi } from '../lab/react/use-lab.tsx';
import { drawPath } from './draw-path.ts';

/** Where the domain sits on the canvas: offset and pixels per unit of w1 and w2. */
interface Placement {
  ox: number;
  oy: number;
  sx: number;
  sy: number;
}

/** The grid as an n×n image in viridis, top row = largest w2. */
function paintImage(l: Landscape, image: HTMLCanvasElement): void {
  const n = l.grid.resolution;
  image.width = image.height = n;
  const ictx = image.getContext('2d')!;
  const data = ictx.createImageData(n, n);
  const units = landscapeUnits(l);
  const rgb = [0, 0, 0];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      viridis(units[j * n + i]!, rgb);
      const o = ((n - 1 - j) * n + i) * 4;
      data.data[o] = rgb[0]! * 255;
      data.data[o + 1] = rgb[1]! * 255;
      data.data[o + 2] = rgb[2]! * 255;
      data.data[o + 3] = 255;
    }
  }
  ictx.putImageData(data, 0, 0);
}

/**
 * A flat, top-down colour map of the surface with contours and the optimizer's path, for browsers
 * without WebGL. Same data as the 3-D view; click to set the start point.
 */
export function Fallback2D({ label }: { label: string }) {
  const t = useT();
  const driver = useDriver();
  const lab = useLabApi();
  const { index, pane } = usePane();
  const canvas = useRef<HTMLCanvasElement>(null);
  const cache = useRef<{
    image: HTMLCanvasElement | null;
    version: number;
    contours: Contours | null;
    placement: Placement;
  }>({
    image: null,
    version: -1,
    contours: null,
    placement: { ox: 0, oy: 0, sx: 1, sy: 1 },
  });

  useDriverCanvas(
    canvas,
    (el, ctx) => {
      const c = cache.current;
      const l = pane().landscape;
      const n = l.grid.resolution;
      c.image ??= document.createElement('canvas');
      if (c.version !== l.version) {
        c.version = l.version;
        paintImage(l, c.image);
        c.contours = contourSegments(landscapeUnits(l), n, CONTOUR_LEVELS);
      }
      const w = (el.width = el.clientWidth);
      const h = (el.height = el.clientHeight);
      const f = l.frame;
      const span = [f.domain.w1[1] - f.domain.w1[0], f.domain.w2[1] - f.domain.w2[0]] as const;
      const fit = Math.min(w / span[0], h / span[1]);
      const sx = f.stretched ? w / span[0] : fit;
      const sy = f.stretched ? h / span[1] : fit;
      const p = (c.placement = { ox: (w - span[0] * sx) / 2, oy: (h - span[1] * sy) / 2, sx, sy });
      const theme = lab.store.getState().theme;
      ctx.fillStyle = SCENE_BACKGROUND[theme];
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(c.image, p.ox, p.oy, span[0] * sx, span[1] * sy);
      // Contour lines at the same display heights as the 3-D view's.
      const gx = (i: number) => p.ox + (i / (n - 1)) * span[0] * sx;
      const gy = (j: number) => p.oy + (1 - j / (n - 1)) * span[1] * sy;
      const q = c.contours!.segments;
      ctx.strokeStyle = 'rgba(255,255,255,0.45)';
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let k = 0; k < c.contours!.count; k++) {
        ctx.moveTo(gx(q[4 * k]!), gy(q[4 * k + 1]!));
        ctx.lineTo(gx(q[4 * k + 2]!), gy(q[4 * k + 3]!));
      }
      ctx.stroke();
      const px = (w1: number) => p.ox + (w1 - f.domain.w1[0]) * sx;
      const py = (w2: number) => p.oy + (f.domain.w2[1] - w2) * sy;
      if (index === 0 && driver.overlaid) {
        // Another surface in place of the experiment's (a network's slice): its path, not the runs.
        const path = lab.store.getState().overlay?.path;
        if (path) drawPath(ctx, path, path.color, px, py);
        return;
      }
      pane().runners.forEach((runner, r) => {
        const color = runColor(theme, r);
        const hist = runner.history;
        ctx.strokeStyle = ctx.fillStyle = color;
        ctx.lineWidth = 2;
        // The trail stops at the map's edge; a run that left it ends in a ring, labelled.
        ctx.save();
        ctx.beginPath();
        ctx.rect(p.ox, p.oy, span[0] * sx, span[1] * sy);
        ctx.clip();
        ctx.beginPath();
        for (let k = Math.max(0, hist.length - 400); k < hist.length; k++)
          ctx.lineTo(px(hist.w1[k]!), py(hist.w2[k]!));
        ctx.stroke();
        ctx.restore();
        const exit = lastExit(hist.w1, hist.w2, hist.length, f.domain);
        const [x, y] = exit
          ? [px(exit.w[0]), py(exit.w[1])]
          : [px(runner.state.w[0]!), py(runner.state.w[1]!)];
        ctx.beginPath();
        ctx.arc(x, y, 7, 0, 2 * Math.PI);
        if (!exit) ctx.fill();
        else {
          ctx.lineWidth = 3;
          ctx.stroke();
          const text = t('leftSurface', { n: exit.step });
          ctx.font = '600 13px system-ui, sans-serif';
          const tw = ctx.measureText(text).width;
          const tx = Math.min(Math.max(4, x - tw / 2), w - tw - 4);
          const ty = Math.min(Math.max(18, y - 12), h - 4);
          // The label's pill is of the theme's ground: the run colours are chosen to show on it.
          ctx.fillStyle = theme === 'light' ? 'rgb(255 255 255 / 90%)' : 'rgb(13 19 32 / 85%)';
          ctx.fillRect(tx - 4, ty - 14, tw + 8, 19);
          ctx.fillStyle = color;
          ctx.fillText(text, tx, ty);
        }
      });
    },
    [t],
  );

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const { ox, oy, sx, sy } = cache.current.placement;
    const d = pane().landscape.frame.domain;
    lab.setStart(
      d.w1[0] + (e.clientX - r.left - ox) / sx,
      d.w2[1] - (e.clientY - r.top - oy) / sy,
      index,
    );
  };

  return (
    <canvas
      ref={canvas}
      className="fallback-2d"
      role="img"
      aria-label={label}
      data-testid="fallback-2d"
      onClick={onClick}
    />
  );
}
