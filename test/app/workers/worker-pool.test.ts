import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../app/workers/worker-pool.ts';

/** A stand-in worker: answers { id, job: n } with progress then n², after a tick. */
class FakeWorker {
  static made = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  busy = false;
  constructor() {
    FakeWorker.made++;
  }
  postMessage({ id, job }: { id: number; job: number }) {
    if (this.busy) throw new Error('a worker got two jobs at once');
    this.busy = true;
    setTimeout(() => {
      if (this.terminated) return;
      this.onmessage?.({ data: { id, type: 'progress', fraction: 0.5 } } as MessageEvent);
      this.busy = false;
      this.onmessage?.(
        job < 0
          ? ({ data: { id, type: 'error', message: 'negative' } } as MessageEvent)
          : ({ data: { id, type: 'done', result: job * job } } as MessageEvent),
      );
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const pool = (size: number) =>
  createWorkerPool<number, number>(size, () => new FakeWorker() as unknown as Worker);

describe('the worker pool', () => {
  it('runs every job once on its own worker, in turn, with progress', async () => {
    const p = pool(2);
    const progress: number[] = [];
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => p.run(n, (f) => progress.push(f))),
    );
    expect(results).toEqual([1, 4, 9, 16, 25]);
    expect(progress).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    p.terminate();
  });

  it('passes errors on, puts first jobs first, and rejects what is left when terminated', async () => {
    const p = pool(1);
    const order: number[] = [];
    const a = p.run(1).then((r) => order.push(r));
    const b = p.run(2).then((r) => order.push(r));
    const c = p.run(3, undefined, true).then((r) => order.push(r));
    await Promise.all([a, b, c]);
    expect(order).toEqual([1, 9, 4]);
    // A job queued first by a finished job's continuation runs before the ones already waiting.
    const next: number[] = [];
    await Promise.all([
      p.run(5).then(() => p.run(10, undefined, true).then((r) => next.push(r))),
      p.run(6).then((r) => next.push(r)),
    ]);
    expect(next).toEqual([100, 36]);
    await expect(p.run(-1)).rejects.toThrow('negative');
    const pending = p.run(7);
    p.terminate();
    await expect(pending).rejects.toThrow('cancelled');
    await expect(p.run(1)).rejects.toThrow('cancelled');
  });
});
