import { _roots, addAfterEffect, addEffect } from '@react-three/fiber';
import type { Driver } from '../lab/engine/driver.ts';

/**
 * What the browser benchmark reads of a page it opened with `window.__ESL_PROFILE__` set before the
 * page's scripts ran (bench/browser.bench.ts): the time of each drawn frame of the render loop
 * (every useFrame callback and three.js render of every pane), and the driver. A user's page has
 * no such object and pays nothing.
 */
export interface ProfileSink {
  /** Milliseconds of script per drawn frame of the render loop, in order (the bench empties it). */
  frames: number[];
  /** Draw calls of the last drawn frame, over every pane. */
  calls?: number;
  driver?: Driver;
  /** Stops (true) or resumes drawing the scene, so the panels' work can be measured alone. */
  holdScene?: (hold: boolean) => void;
}

declare global {
  interface Window {
    __ESL_PROFILE__?: ProfileSink;
  }
}

/** Starts timing the render loop when the benchmark asked for it. */
export function installProfile(driver: Driver): void {
  const sink = typeof window === 'undefined' ? undefined : window.__ESL_PROFILE__;
  if (!sink) return;
  sink.driver = driver;
  sink.holdScene = (hold) => {
    for (const root of _roots.values()) {
      const state = root.store.getState();
      state.internal.active = !hold;
      if (!hold) state.invalidate();
    }
  };
  let start = 0;
  let rendered = 0;
  // R3F's loop: global effects, then each root's useFrame callbacks and render, then after-effects.
  addEffect(() => {
    start = performance.now();
  });
  addAfterEffect(() => {
    const end = performance.now();
    let n = 0;
    let calls = 0;
    for (const root of _roots.values()) {
      const { render } = root.store.getState().gl.info;
      n += render.frame;
      calls += render.calls;
    }
    if (n === rendered) return; // nothing was drawn in this pass
    rendered = n;
    sink.calls = calls;
    sink.frames.push(end - start);
  });
}
