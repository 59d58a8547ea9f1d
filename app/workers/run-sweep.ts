import type { Experiment, SweepPoint } from '../../src/index.ts';
import type { SweepReply, SweepRequest } from './sweep-protocol.ts';

/** A running sweep: cancel() stops its worker at once. */
export interface SweepJob {
  done: Promise<SweepPoint[]>;
  cancel(): void;
}

let nextId = 1;

/** Starts a sweep in a fresh web worker; `onProgress(done, total)` after each rate. */
export function runSweep(
  experiment: Experiment,
  rates: number[],
  steps: number,
  onProgress: (done: number, total: number) => void,
): SweepJob {
  const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let reject: (reason: unknown) => void = () => {};
  const done = new Promise<SweepPoint[]>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (event: MessageEvent<SweepReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress(reply.done, reply.total);
      else {
        worker.terminate();
        if (reply.type === 'done') resolve(reply.points);
        else rej(new Error(reply.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      rej(new Error(e.message));
    };
  });
  const request: SweepRequest = { id, experiment, rates, steps };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      worker.terminate();
      reject(new Error('cancelled'));
    },
  };
}
