/** A fixed set of long-lived web workers taking jobs in turn (each keeps its buffers between jobs). */
export interface WorkerPool<Q, R> {
  readonly size: number;
  /**
   * Queues `job` (at the head with `first`); settles with its result, or rejects with 'cancelled'
   * when the pool is terminated.
   */
  run(job: Q, onProgress?: (fraction: number) => void, first?: boolean): Promise<R>;
  terminate(): void;
}

/** What a pool's worker posts back for the job with `id`. */
export type PoolReply<R> =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: R }
  | { id: number; type: 'error'; message: string };

interface Pending<Q, R> {
  id: number;
  job: Q;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
  onProgress?: (fraction: number) => void;
}

/** `size` workers made by `create`; jobs are posted as { id, job } to the first idle one. */
export function createWorkerPool<Q, R>(size: number, create: () => Worker): WorkerPool<Q, R> {
  let nextId = 1;
  const queue: Pending<Q, R>[] = [];
  const busy = new Map<Worker, Pending<Q, R>>();
  const idle: Worker[] = [];
  let stopped = false;
  const fail = (p: Pending<Q, R>, e: unknown) => p.reject(e);

  const dispatch = () => {
    while (!stopped && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const p = queue.shift()!;
      busy.set(worker, p);
      worker.postMessage({ id: p.id, job: p.job });
    }
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = create();
    worker.onmessage = (event: MessageEvent<PoolReply<R>>) => {
      const p = busy.get(worker);
      const reply = event.data;
      if (!p || reply.id !== p.id) return;
      if (reply.type === 'progress') {
        p.onProgress?.(reply.fraction);
        return;
      }
      busy.delete(worker);
      idle.push(worker);
      if (reply.type === 'done') p.resolve(reply.result);
      else fail(p, new Error(reply.message));
      // After the result's own continuations: a job they queue first (a network's coarse slice
      // once it is trained) takes this worker before the queue's next long job.
      setTimeout(dispatch, 0);
    };
    worker.onerror = (e) => {
      const p = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (p) fail(p, new Error(e.message));
      setTimeout(dispatch, 0);
    };
    idle.push(worker);
    return worker;
  });

  return {
    size: workers.length,
    run(job, onProgress, first = false) {
      return new Promise<R>((resolve, reject) => {
        if (stopped) return reject(new Error('cancelled'));
        const p = { id: nextId++, job, resolve, reject, onProgress };
        if (first) queue.unshift(p);
        else queue.push(p);
        dispatch();
      });
    },
    terminate() {
      stopped = true;
      for (const w of workers) w.terminate();
      for (const p of [...queue, ...busy.values()]) fail(p, new Error('cancelled'));
      queue.length = 0;
      busy.clear();
    },
  };
}
