import { useEffect, type DependencyList, type RefObject } from 'react';
import { useDriver } from './driver-context.tsx';

/**
 * Repaints a 2-D canvas after driver changes and resizes, at most once an animation frame and
 * outside React renders. `paint` gets `resized` = true when the canvas size may have changed.
 */
export function useDriverCanvas(
  canvas: RefObject<HTMLCanvasElement | null>,
  paint: (el: HTMLCanvasElement, ctx: CanvasRenderingContext2D, resized: boolean) => void,
  deps: DependencyList,
) {
  const driver = useDriver();
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    let pending = 0;
    let resized = true;
    const run = () => {
      pending = 0;
      paint(el, ctx, resized);
      resized = false;
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(run);
    };
    const unsubscribe = driver.subscribe(schedule);
    const observer = new ResizeObserver(() => {
      resized = true;
      schedule();
    });
    observer.observe(el);
    schedule();
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(pending);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what paint depends on
  }, [driver, canvas, ...deps]);
}
