import type { NetworkCurve, NetworkRequest } from './network-protocol.ts';
import { startWorkerJob, type WorkerJob } from './worker-job.ts';

export type NetworkResult = {
  curves: NetworkCurve[];
  rates: number[];
  range: number;
  resolution: number;
};

/** Trains both networks in a fresh web worker. */
export function runNetworkLab(
  request: Omit<NetworkRequest, 'id'>,
  onProgress: (done: number, total: number) => void,
): WorkerJob<NetworkResult> {
  const worker = new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' });
  return startWorkerJob<object, NetworkResult>(worker, request, onProgress);
}
