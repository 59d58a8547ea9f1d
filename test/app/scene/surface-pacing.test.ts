// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSurfacePacing } from '../../../app/scene/surface-pacing.ts';

// Without WebGL 2 (jsdom) "the GPU has finished" is two animation frames later.
const gl = {} as WebGLRenderingContext;

describe('a pane’s surface updates, paced by its GPU', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prepares a new surface in a task of its own, not in the frame that asked', () => {
    const pacing = createSurfacePacing();
    const prepare = vi.fn();
    expect(pacing.ready(() => {})).toBe(true);
    pacing.prepare(prepare);
    expect(prepare).not.toHaveBeenCalled();
    expect(pacing.ready(() => {})).toBe(false);
    vi.advanceTimersByTime(1);
    expect(prepare).toHaveBeenCalledOnce();
    // Nothing was sent (the grid was rebuilt meanwhile): free again.
    expect(pacing.ready(() => {})).toBe(true);
  });

  it('sends no new surface until the GPU has drawn the last, then asks for one redraw', () => {
    const pacing = createSurfacePacing();
    pacing.prepare(() => pacing.sent(7));
    vi.advanceTimersByTime(1);
    expect(pacing.shown).toBe(7);
    const invalidate = vi.fn();
    expect(pacing.ready(invalidate)).toBe(false);
    pacing.frame(gl); // the frame that draws surface 7
    expect(pacing.ready(invalidate)).toBe(false);
    vi.advanceTimersByTime(1); // the fence goes in after that frame
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(invalidate).toHaveBeenCalledOnce();
    expect(pacing.ready(() => {})).toBe(true);
    // A frame with nothing new sent fences nothing.
    pacing.frame(gl);
    vi.runAllTimers();
    expect(invalidate).toHaveBeenCalledOnce();
  });

  it('once disposed, calls nothing back', () => {
    const pacing = createSurfacePacing();
    const prepare = vi.fn();
    pacing.prepare(prepare);
    pacing.dispose();
    vi.runAllTimers();
    expect(prepare).not.toHaveBeenCalled();
    const again = createSurfacePacing();
    const invalidate = vi.fn();
    again.sent(1);
    again.ready(invalidate);
    again.frame(gl);
    vi.advanceTimersByTime(1);
    again.dispose();
    vi.runAllTimers();
    expect(invalidate).not.toHaveBeenCalled();
  });
});
