/// <reference lib="webworker" />
// One of the network lab's workers: trains and measures one network, or computes part of a loss
// slice. It keeps the data and the slice buffers of the last network it sliced, so the coarse pass
// and the refinement that follows allocate nothing.
import {
  batchSizeEffect,
  createMlp,
  createRng,
  createSliceScratch,
  guessLoss,
  isStuck,
  lossSlicePoints,
  pathPlane,
  stableRateBracket,
  trainAndRecord,
  type Mlp,
  type SliceScratch,
} from '../../src/index.ts';
import { taskData, type TaskData } from '../../src/network/tasks.ts';
import type {
  NetworkJob,
  NetworkJobResult,
  NetworkSpec,
  TrainedNetwork,
} from './network-protocol.ts';
import type { PoolReply } from './worker-pool.ts';

const post = (reply: PoolReply<NetworkJobResult>) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

/** The slice's half-width: the path's farthest point from its end, with a quarter more around it. */
const MARGIN = 1.25;

let cached: { key: string; data: TaskData; net: Mlp; scratch: SliceScratch | null } | null = null;

function network(spec: NetworkSpec) {
  const key = JSON.stringify(spec);
  if (cached?.key !== key) {
    const net = createMlp(
      { hidden: spec.hidden, normalization: spec.normalization },
      createRng(spec.seed),
    );
    cached = { key, data: taskData(spec.task, spec.seed), net, scratch: null };
  }
  return cached;
}

function train(job: Extract<NetworkJob, { kind: 'train' }>, progress: (f: number) => void) {
  const { data, net } = network(job.spec);
  const probe = Array.from({ length: Math.min(64, data.n) }, (_, k) => (k * 5) % data.n);
  const base = { net, data, batchSize: job.batchSize, seed: job.spec.seed };
  // Training with its measurements is about half the work, the search over rates the other half.
  const r = trainAndRecord({
    ...base,
    learningRate: job.learningRate,
    steps: job.steps,
    probe,
    onProgress: (step, steps) => progress((0.5 * step) / steps),
  });
  let searched = 0;
  const stable = stableRateBracket({ ...base, steps: job.steps }, job.rates, () =>
    progress(0.5 + (0.5 * ++searched) / job.rates.length),
  );
  const plane = pathPlane(r.path);
  let extent = 0;
  for (let t = 0; t < r.path.length; t++)
    extent = Math.max(extent, Math.abs(plane.alpha[t]!), Math.abs(plane.beta[t]!));
  const center = r.path[r.path.length - 1]!;
  const guess = guessLoss(data);
  const trained: TrainedNetwork = {
    normalization: job.spec.normalization,
    parameters: net.params.length,
    recordedAt: r.recordedAt,
    losses: r.losses,
    diverged: r.diverged,
    guess,
    stuck: isStuck(r.losses, r.diverged, guess),
    smoothness: r.smoothness,
    unitInput: r.unitInput,
    stable,
    batchSizes:
      job.spec.normalization === 'none'
        ? []
        : batchSizeEffect(r.net, data, job.batchSizes, job.spec.seed),
    plane,
    center,
    range: extent > 0 ? MARGIN * extent : 1,
  };
  return trained;
}

function slice(job: Extract<NetworkJob, { kind: 'slice' }>) {
  const c = network(job.spec);
  const at = { ...c.net, params: job.params };
  c.scratch ??= createSliceScratch(c.net, c.data);
  const n = job.resolution;
  const values = new Float32Array(n * n).fill(NaN);
  lossSlicePoints(at, c.data, job.d1, job.d2, n, job.range, values, job.points, c.scratch);
  return values;
}

self.onmessage = (event: MessageEvent<{ id: number; job: NetworkJob }>) => {
  const { id, job } = event.data;
  try {
    if (job.kind === 'train') {
      const network = train(job, (fraction) => post({ id, type: 'progress', fraction }));
      post({ id, type: 'done', result: { kind: 'train', network } });
    } else {
      post({ id, type: 'done', result: { kind: 'slice', values: slice(job) } });
    }
  } catch (error) {
    post({ id, type: 'error', message: String(error) });
  }
};
