import type { TableResult } from '../../src/index.ts';
import type { TableSource } from './table-protocol.ts';
import { startWorkerJob, type WorkerJob } from '../workers/worker-job.ts';

/** Reads a table in a fresh web worker; `onProgress(done, total)` in characters or bytes. */
export function runTableParse(
  source: TableSource,
  onProgress: (done: number, total: number) => void,
): WorkerJob<{ result: TableResult }> {
  const worker = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
  return startWorkerJob<object, { result: TableResult }>(worker, { source }, onProgress);
}
