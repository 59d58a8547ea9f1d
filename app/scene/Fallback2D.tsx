import { useEffect, useRef } from 'react';
import { contourSegments, viridis } from '../../src/index.ts';
import { useDriver } from '../sim/driver-context.ts';
import { landscapeUnits } from '../sim/landscape-units.ts';
import { CONTOUR_LEVELS as LEVELS } from './ContourLines.tsx';

/**
 * A flat, top-down colour map of the surface with the optimizer's path, for browsers without
 * WebGL. Same data as the 3-D view; click to set the start point.
 */
export function Fallback2D({ label }: { label: string }) {
  const driver = useDriver();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const image = document.createElement('canvas');
    let imageVersion = -1;
    let contoursVersion = -1;
    let contours = contourSegments([], 0, []);
    let pending = 0;
    const rgb = [0, 0, 0];
    const draw = () => {
      pending = 0;
      const l = driver.landscape;
      const n = l.grid.resolution;
      if (imageVersion !== l.version || image.width !== n) {
        imageVersion = l.version;
        image.width = image.height = n;
        const ictx = image.getContext('2d')!;
        const data = ictx.createImageData(n, n);
        const units = landscapeUnits(l);
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < n; i++) {
            viridis(units[j * n + i]!, rgb);
            // Row j holds w2_j; the image's top row is the largest w2.
            const o = ((n - 1 - j) * n + i) * 4;
            data.data[o] = rgb[0]! * 255;
            data.data[o + 1] = rgb[1]! * 255;
            data.data[o + 2] = rgb[2]! * 255;
            data.data[o + 3] = 255;
          }
        }
        ictx.putImageData(data, 0, 0);
      }
      const w = (el.width = el.clientWidth);
      const h = (el.height = el.clientHeight);
      const f = l.frame;
      const span = [f.domain.w1[1] - f.domain.w1[0], f.domain.w2[1] - f.domain.w2[0]] as const;
      const s = f.stretched
        ? [w / span[0], h / span[1]]
        : [Math.min(w / span[0], h / span[1]), Math.min(w / span[0], h / span[1])];
      const ox = (w - span[0] * s[0]!) / 2;
      const oy = (h - span[1] * s[1]!) / 2;
      ctx.fillStyle = '#0d1320';
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(image, ox, oy, span[0] * s[0]!, span[1] * s[1]!);
      const px = (w1: number) => ox + (w1 - f.domain.w1[0]) * s[0]!;
      const py = (w2: number) => oy + (f.domain.w2[1] - w2) * s[1]!;
      // Contour lines at the same display heights as the 3-D view's.
      if (contoursVersion !== l.version) {
        contoursVersion = l.version;
        contours = contourSegments(landscapeUnits(l), n, LEVELS);
      }
      const gx = (i: number) => ox + (i / (n - 1)) * span[0] * s[0]!;
      const gy = (j: number) => oy + (1 - j / (n - 1)) * span[1] * s[1]!;
      ctx.strokeStyle = 'rgba(255,255,255,0.45)';
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let k = 0; k < contours.count; k++) {
        const q = contours.segments;
        ctx.moveTo(gx(q[4 * k]!), gy(q[4 * k + 1]!));
        ctx.lineTo(gx(q[4 * k + 2]!), gy(q[4 * k + 3]!));
      }
      ctx.stroke();
      const hist = driver.runner.history;
      ctx.strokeStyle = '#ff922b';
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (let k = Math.max(0, hist.length - 400); k < hist.length; k++)
        ctx.lineTo(px(hist.w1[k]!), py(hist.w2[k]!));
      ctx.stroke();
      const wNow = driver.runner.state.w;
      ctx.fillStyle = '#ff922b';
      ctx.beginPath();
      ctx.arc(px(wNow[0]!), py(wNow[1]!), 7, 0, 2 * Math.PI);
      ctx.fill();
      el.onclick = (e) => {
        const r = el.getBoundingClientRect();
        const w1 = f.domain.w1[0] + (e.clientX - r.left - ox) / s[0]!;
        const w2 = f.domain.w2[1] - (e.clientY - r.top - oy) / s[1]!;
        driver.setStart(w1, w2);
      };
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    const unsubscribe = driver.subscribe(schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    schedule();
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(pending);
    };
  }, [driver]);
  return (
    <canvas
      ref={canvas}
      className="fallback-2d"
      role="img"
      aria-label={label}
      data-testid="fallback-2d"
    />
  );
}
