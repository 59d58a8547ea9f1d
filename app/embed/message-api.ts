import { validateExperimentFields } from '../../src/index.ts';
import type { Lab } from '../lab/lab.ts';

/** Every message of the embed API carries this marker, so other messages on the page are ignored. */
export const API_MARK = 'error-surface-lab';
/** At most this many step events a second. */
const STEP_EVENTS_PER_SECOND = 4;
/** Most steps one step command may ask for. */
export const MAX_STEP_COMMAND = 10_000;
/** Most fields one set command may name (an experiment has about two dozen). */
const MAX_SET_FIELDS = 64;

/** A message from the host page: { source: API_MARK, type, … }. */
type Command =
  | { type: 'hello' | 'play' | 'pause' | 'reset' | 'get' }
  | { type: 'step'; steps: number }
  | { type: 'set'; experiment: Record<string, unknown> };

const SIMPLE = ['hello', 'play', 'pause', 'reset', 'get'];

/**
 * The value of `o`'s own data property `key`, or undefined: a getter is never called, and a
 * lookup that throws (a hostile Proxy) reads as missing.
 */
function own(o: object, key: string): unknown {
  try {
    const d = Object.getOwnPropertyDescriptor(o, key);
    return d && 'value' in d ? d.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses a host message; anything of the wrong shape gives null (and is ignored). Each property
 * is read once, as an own data property (no getter runs), and a `set`'s fields are copied into an
 * object without a prototype, so nothing later reads the host's object again; their values are
 * checked by validateExperimentFields before anything formats them.
 */
export function parseCommand(data: unknown): Command | null {
  if (typeof data !== 'object' || data === null) return null;
  const type = own(data, 'type');
  if (own(data, 'source') !== API_MARK || typeof type !== 'string') return null;
  if (SIMPLE.includes(type)) return { type: type as 'play' };
  if (type === 'step') {
    const given = own(data, 'steps');
    const steps = given === undefined ? 1 : given;
    return typeof steps === 'number' &&
      Number.isInteger(steps) &&
      steps >= 1 &&
      steps <= MAX_STEP_COMMAND
      ? { type: 'step', steps }
      : null;
  }
  if (type !== 'set') return null;
  const fields = own(data, 'experiment');
  if (typeof fields !== 'object' || fields === null) return null;
  let names: string[];
  try {
    if (Array.isArray(fields)) return null;
    names = Object.keys(fields);
  } catch {
    return null;
  }
  if (names.length > MAX_SET_FIELDS) return null;
  const experiment = Object.create(null) as Record<string, unknown>;
  for (const name of names) experiment[name] = own(fields, name);
  return { type: 'set', experiment };
}

/** The origin of the page this one is embedded in, when the browser tells it (else null). */
export function parentOrigin(): string | null {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * The embed's postMessage API: commands from the parent window, events back to it — ready, step
 * (at a bounded rate), converged, diverged, experiment. With `origins` (normalized, see
 * normalizeOrigin) only hosts of those origins are obeyed, and every reply and event goes to the
 * origin of the host that asked, never to '*'; an empty list obeys nobody (a malformed `origins=`).
 * `host` is the parent's origin when known, so `ready` reaches it before it speaks.
 */
export function startMessageApi(
  lab: Lab,
  origins: readonly string[] | null,
  target: Window = window.parent,
  host: string | null = parentOrigin(),
): () => void {
  if (target === window) return () => {};
  if (origins?.length === 0)
    console.warn(
      'Error Surface Lab: this embed obeys no host page, because its origins= value is not a list of origins such as https://example.edu (scheme and host, no path).',
    );
  const allowed = (origin: string) => origins === null || origins.includes(origin);
  /** Where events go: the allowed host that last spoke, else the parent if it is allowed. */
  let eventsTo: string | null = origins === null ? '*' : host && allowed(host) ? host : null;
  const post = (to: string | null, type: string, body: Record<string, unknown> = {}) => {
    if (to !== null) target.postMessage({ source: API_MARK, type, ...body }, to);
  };
  const { driver, store } = lab;
  const experiment = () => store.getState().experiment;
  const warned = new Set<string>();

  const onMessage = (event: MessageEvent) => {
    if (event.source !== target) return;
    const command = parseCommand(event.data);
    if (!command) return;
    if (!allowed(event.origin)) {
      // Said once per origin, where the embed's author looks: the browser's console.
      if (warned.size < 8 && !warned.has(event.origin)) {
        warned.add(event.origin);
        console.warn(`Error Surface Lab: ignored commands from ${event.origin}, not in origins=.`);
      }
      return;
    }
    // A sandboxed host has the origin "null": only an unrestricted embed answers it, with '*'.
    const asker = event.origin && event.origin !== 'null' ? event.origin : '*';
    eventsTo = asker;
    switch (command.type) {
      case 'hello':
        return post(asker, 'ready', { experiment: experiment() });
      case 'play':
        return driver.play();
      case 'pause':
        return driver.pause();
      case 'reset':
        return driver.reset();
      case 'step':
        return driver.stepBy(command.steps);
      case 'get':
        return post(asker, 'experiment', { experiment: experiment(), ignored: [] });
      case 'set': {
        // Refused fields keep their current value; the rest change by the same rules as a panel's.
        // `adjusted`: fields taken but set otherwise by the rules (a start moved into the domain).
        const { patch, refused } = validateExperimentFields(command.experiment);
        const decision = lab.change(patch);
        return post(asker, 'experiment', {
          experiment: experiment(),
          ignored: refused,
          adjusted: decision.refused,
        });
      }
    }
  };
  window.addEventListener('message', onMessage);
  let lastStepEvent = 0;
  const unsubscribe = store.subscribe((s, prev) => {
    const now = performance.now();
    if (
      s.summary !== prev.summary &&
      s.summary.step !== prev.summary.step &&
      now - lastStepEvent >= 1000 / STEP_EVENTS_PER_SECOND
    ) {
      lastStepEvent = now;
      post(eventsTo, 'step', {
        step: s.summary.step,
        loss: s.summary.loss,
        status: s.summary.status,
      });
    }
    if (
      s.summary.status !== prev.summary.status &&
      (s.summary.status === 'converged' || s.summary.status === 'diverged')
    ) {
      post(eventsTo, s.summary.status, { step: s.summary.step, loss: s.summary.loss });
    }
  });
  post(eventsTo, 'ready', { experiment: experiment() });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
