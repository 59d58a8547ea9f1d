/** Most milliseconds of stepping in one task: well under the 50 ms that make a long task. */
export const SLICE_MS = 8;
/** Most seconds the steps may lag the clock; a longer lag (a hidden tab, a stall) is dropped. */
const MAX_LAG_S = 1;
/** Longest wall-clock gap between two frames that still counts as playing time. */
const MAX_GAP_S = 2;
/** How long a window the achieved speed is measured over. */
const WINDOW_MS = 1000;
/** Most steps waiting in the queue (a storm of step commands cannot queue more). */
const MAX_QUEUED = 100_000;

/** What the pacer drives: the runs and the drawing. */
export interface PacerHooks {
  /** Steps per second that are asked for. */
  speed(): number;
  /** Takes n steps of every run (each stops where it ends). */
  advance(n: number): void;
  /** Whether any run can still step. */
  canStep(): boolean;
  /** After steps taken outside an animation frame (queued steps, or a frame's steps that overran). */
  stepped(): void;
  /** Each animation frame while playing, after its steps: `moved` when steps were taken since the last. */
  frame(moved: boolean): void;
}

/**
 * Paces the simulation by the wall clock: while playing, `speed()` steps for every second that
 * passes, whatever the frame rate (slow frames skip drawing, never steps). Steps run in slices of at
 * most SLICE_MS, continued in later tasks, so neither a high speed nor a queued step(10000) blocks
 * the page; the trajectory is the same however the steps are sliced.
 */
export interface StepPacer {
  play(): void;
  /** Stops playing and drops every step still owed or queued. */
  stop(): void;
  /** Takes n more steps as soon as the page allows, in slices (without playing). */
  queue(n: number): void;
  /** While suspended (off screen) nothing runs; the time meanwhile is not owed. */
  setSuspended(suspended: boolean): void;
  /** Steps per second achieved over the last full second of play (null before one has passed). */
  readonly achieved: number | null;
}

export function createStepPacer(hooks: PacerHooks): StepPacer {
  let playing = false;
  let suspended = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let lastTime = 0;
  /** Steps the clock owes (playing) and steps asked for (queued). */
  let owed = 0;
  let queued = 0;
  /** Steps taken since the last drawn frame. */
  let moved = false;
  let windowStart = 0;
  let windowSteps = 0;
  let achieved: number | null = null;

  /** Takes owed and queued steps for at most SLICE_MS; returns whether any are left. */
  const slice = (): boolean => {
    const t0 = performance.now();
    let done = 0;
    while ((owed >= 1 || queued >= 1) && hooks.canStep()) {
      const elapsed = performance.now() - t0;
      if (elapsed >= SLICE_MS) break;
      // After the first step, as many as half the rest of the slice holds at the pace seen so far,
      // and never more than twice the steps taken so far (a step can cost more than the last).
      const rest = Math.floor(((SLICE_MS - elapsed) * done) / (2 * Math.max(elapsed, 1e-3)));
      const fit = done === 0 ? 1 : Math.min(2 * done, rest);
      const n = Math.max(1, Math.min(fit, queued >= 1 ? queued : Math.floor(owed)));
      hooks.advance(n);
      done += n;
      if (queued >= 1) queued -= n;
      else {
        owed -= n;
        windowSteps += n;
      }
      moved = true;
    }
    if (!hooks.canStep()) owed = queued = 0;
    return owed >= 1 || queued >= 1;
  };

  /** Runs a slice in a task of its own, until nothing is owed; between frames when playing. */
  const continueLater = () => {
    if (timer || suspended) return;
    timer = setTimeout(() => {
      timer = 0;
      const more = slice();
      if (!playing) hooks.stepped();
      if (more) continueLater();
    }, 0);
  };

  const tick = (now: number) => {
    frame = 0;
    if (!playing || suspended) return;
    const dt = Math.min(MAX_GAP_S, Math.max(0, (now - lastTime) / 1000));
    lastTime = now;
    const speed = hooks.speed();
    owed = Math.min(owed + speed * dt, speed * MAX_LAG_S + 1);
    const more = slice();
    if (now - windowStart >= WINDOW_MS) {
      achieved = (windowSteps * 1000) / (now - windowStart);
      windowStart = now;
      windowSteps = 0;
    }
    hooks.frame(moved);
    moved = false;
    if (more) continueLater();
    if (playing) frame = requestAnimationFrame(tick);
  };

  const startLoop = () => {
    if (frame || suspended || !playing) return;
    lastTime = windowStart = performance.now();
    windowSteps = 0;
    frame = requestAnimationFrame(tick);
  };

  const cancel = () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    frame = timer = 0;
  };

  return {
    play() {
      queued = 0;
      owed = 0;
      achieved = null;
      playing = true;
      startLoop();
    },
    stop() {
      playing = false;
      owed = queued = 0;
      achieved = null;
      cancel();
    },
    queue(n) {
      queued = Math.min(MAX_QUEUED, queued + n);
      continueLater();
    },
    setSuspended(value) {
      suspended = value;
      if (suspended) cancel();
      else {
        startLoop();
        if (queued >= 1) continueLater();
      }
    },
    get achieved() {
      return achieved;
    },
  };
}
