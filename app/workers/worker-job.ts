/** A job in its own web worker: progress messages, one result, cancel() terminates it at once. */
export interface WorkerJob<T> {
  done: Promise<T>;
  cancel(): void;
}

type Reply<T> =
  | { id: number; type: 'progress'; done: number; total: number }
  | ({ id: number; type: 'done' } & T)
  | { id: number; type: 'error'; message: string };

let nextId = 1;

/** Posts `request` (with a fresh id) to a new worker and settles with its 'done' reply. */
export function startWorkerJob<Q extends object, T>(
  worker: Worker,
  request: Q,
  onProgress: (done: number, total: number) => void,
): WorkerJob<Omit<Extract<Reply<T>, { type: 'done' }>, 'id' | 'type'>> {
  const id = nextId++;
  let reject: (reason: unknown) => void = () => {};
  const done = new Promise<Omit<Extract<Reply<T>, { type: 'done' }>, 'id' | 'type'>>(
    (resolve, rej) => {
      reject = rej;
      worker.onmessage = (event: MessageEvent<Reply<T>>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') onProgress(reply.done, reply.total);
        else {
          worker.terminate();
          if (reply.type === 'error') rej(new Error(reply.message));
          else resolve(reply as Omit<Extract<Reply<T>, { type: 'done' }>, 'id' | 'type'>);
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        rej(new Error(e.message));
      };
    },
  );
  worker.postMessage({ ...request, id });
  return {
    done,
    cancel() {
      worker.terminate();
      reject(new Error('cancelled'));
    },
  };
}
