import { validateExperimentFields } from '../../src/index.ts';
import type { Driver } from '../sim/driver.ts';
import { useLab } from '../store/store.ts';

/** Every message of the embed API carries this marker, so other messages on the page are ignored. */
export const API_MARK = 'error-surface-lab';
/** At most this many step events a second. */
const STEP_EVENTS_PER_SECOND = 4;

/** A message from the host page: { source: API_MARK, type, … }. */
type Command =
  | { type: 'play' | 'pause' | 'reset' | 'get' }
  | { type: 'step'; steps?: number }
  | { type: 'set'; experiment: Record<string, unknown> };

/** Parses a host message; anything of the wrong shape gives null (and is ignored). */
export function parseCommand(data: unknown): Command | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== API_MARK || typeof m.type !== 'string') return null;
  if (['play', 'pause', 'reset', 'get'].includes(m.type)) return { type: m.type as 'play' };
  if (m.type === 'step') {
    const steps = m.steps === undefined ? 1 : m.steps;
    return typeof steps === 'number' && Number.isInteger(steps) && steps >= 1 && steps <= 10000
      ? { type: 'step', steps }
      : null;
  }
  if (
    m.type === 'set' &&
    typeof m.experiment === 'object' &&
    m.experiment !== null &&
    !Array.isArray(m.experiment)
  )
    return { type: 'set', experiment: m.experiment as Record<string, unknown> };
  return null;
}

/**
 * The embed's postMessage API: commands from the parent window (restricted to `origins` when given),
 * events back to it — ready, step (at a bounded rate), converged, diverged, experiment.
 */
export function startMessageApi(
  driver: Driver,
  origins: string[] | null,
  target: Window = window.parent,
): () => void {
  if (target === window) return () => {};
  // Where events go: the first allowed origin, or the origin of the host that last spoke to us.
  let hostOrigin = origins?.[0] ?? '*';
  const post = (type: string, body: Record<string, unknown> = {}) =>
    target.postMessage({ source: API_MARK, type, ...body }, hostOrigin);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== target) return;
    if (origins && !origins.includes(event.origin)) return;
    const command = parseCommand(event.data);
    if (!command) return;
    if (!origins) hostOrigin = event.origin && event.origin !== 'null' ? event.origin : '*';
    if (command.type === 'play') driver.play();
    else if (command.type === 'pause') driver.pause();
    else if (command.type === 'reset') driver.reset();
    else if (command.type === 'step')
      for (let k = 0; k < (command.steps ?? 1); k++) driver.stepOnce();
    else if (command.type === 'set') {
      // Refused fields keep their current value; the rest change by the same rules as a panel's.
      const { patch, refused } = validateExperimentFields(command.experiment);
      driver.change(patch);
      post('experiment', { experiment: useLab.getState().experiment, ignored: refused });
      return;
    }
    if (command.type === 'get')
      post('experiment', { experiment: useLab.getState().experiment, ignored: [] });
  };
  window.addEventListener('message', onMessage);
  let lastStepEvent = 0;
  const unsubscribe = useLab.subscribe((s, prev) => {
    const now = performance.now();
    if (
      s.summary !== prev.summary &&
      s.summary.step !== prev.summary.step &&
      now - lastStepEvent >= 1000 / STEP_EVENTS_PER_SECOND
    ) {
      lastStepEvent = now;
      post('step', { step: s.summary.step, loss: s.summary.loss, status: s.summary.status });
    }
    if (
      s.summary.status !== prev.summary.status &&
      (s.summary.status === 'converged' || s.summary.status === 'diverged')
    ) {
      post(s.summary.status, { step: s.summary.step, loss: s.summary.loss });
    }
  });
  post('ready', { experiment: useLab.getState().experiment });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
