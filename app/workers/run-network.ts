import { NORMALIZATIONS, type NetworkTask, type Normalization } from '../../src/index.ts';
import type {
  NetworkJob,
  NetworkJobResult,
  NetworkSpec,
  TrainedNetwork,
} from './network-protocol.ts';
import { createWorkerPool } from './worker-pool.ts';
import type { WorkerJob } from './worker-job.ts';

export interface NetworkLabRequest {
  task: NetworkTask;
  hidden: number[];
  learningRate: number;
  steps: number;
  batchSize: number;
  seed: number;
  /** Points per side of each loss slice: 5k + 1, so every 5th point makes the coarse picture. */
  resolution: number;
  rates: number[];
  batchSizes: number[];
}

/** A network's loss slice in the plane of its path, coarse (every COARSE-th point) until complete. */
export interface NetworkSlice {
  values: Float32Array;
  resolution: number;
  range: number;
  complete: boolean;
}

export type LabNetwork = TrainedNetwork & { slice: NetworkSlice | null };

export interface NetworkLabResult {
  request: NetworkLabRequest;
  /** Filled in as each network is trained and sliced. */
  networks: Partial<Record<Normalization, LabNetwork>>;
}

/** Stride of the coarse slice shown first (11 × 11 of 51 × 51). */
export const COARSE = 5;
/** Share of a network's progress that its slice stands for (training and the rate search: 1). */
const SLICE_WEIGHT = 0.3;

/** Workers: the machine's cores, two to four. */
const poolSize = () =>
  Math.min(4, Math.max(2, (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 2));

/**
 * Trains the three networks (none, batch norm, layer norm) on a pool of web workers, then slices
 * each one's loss in the plane of its path: a coarse picture first, then the rest split in row
 * bands over the workers. `onUpdate` gets the result as it fills in (never after cancel); `done`
 * settles with it whole.
 */
export function runNetworkLab(
  request: NetworkLabRequest,
  onProgress: (done: number, total: number) => void,
  onUpdate: (result: NetworkLabResult) => void,
): WorkerJob<NetworkLabResult> {
  const pool = createWorkerPool<NetworkJob, NetworkJobResult>(
    poolSize(),
    () => new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' }),
  );
  const result: NetworkLabResult = { request, networks: {} };
  const shares = new Map<string, number>();
  const total = NORMALIZATIONS.length * (1 + SLICE_WEIGHT);
  const report = (key: string, share: number) => {
    shares.set(key, share);
    let done = 0;
    for (const v of shares.values()) done += v;
    onProgress(Math.round(1000 * done), Math.round(1000 * total));
  };
  let cancelled = false;
  // Nothing is reported once cancelled (a reply may already be on its way).
  const publish = () => {
    if (!cancelled) onUpdate({ ...result, networks: { ...result.networks } });
  };

  const one = async (normalization: Normalization) => {
    const spec: NetworkSpec = {
      task: request.task,
      hidden: request.hidden,
      normalization,
      seed: request.seed,
    };
    const trained = await pool.run(
      {
        kind: 'train',
        spec,
        learningRate: request.learningRate,
        steps: request.steps,
        batchSize: request.batchSize,
        rates: request.rates,
        batchSizes: request.batchSizes,
      },
      (f) => report(`train-${normalization}`, f),
    );
    if (trained.kind !== 'train') throw new Error('unexpected reply');
    const network = trained.network;
    result.networks[normalization] = { ...network, slice: null };
    publish();
    const n = request.resolution;
    const slice: NetworkSlice = {
      values: new Float32Array(n * n).fill(NaN),
      resolution: n,
      range: network.range,
      complete: false,
    };
    const sliceJob = (points: Extract<NetworkJob, { kind: 'slice' }>['points']): NetworkJob => ({
      kind: 'slice',
      spec,
      params: network.center,
      d1: network.plane.d1,
      d2: network.plane.d2,
      resolution: n,
      range: network.range,
      points,
    });
    const merge = (r: NetworkJobResult) => {
      if (r.kind !== 'slice') return;
      for (let k = 0; k < r.values.length; k++)
        if (!Number.isNaN(r.values[k]!)) slice.values[k] = r.values[k]!;
    };
    merge(await pool.run(sliceJob({ stride: COARSE }), undefined, true));
    report(`slice-${normalization}`, 0.1 * SLICE_WEIGHT);
    result.networks[normalization] = { ...network, slice: { ...slice } };
    publish();
    // More bands than workers: a worker that comes free (its training done) takes some of them.
    const bands = 3 * pool.size;
    let finished = 0;
    await Promise.all(
      Array.from({ length: bands }, (_, b) =>
        pool
          .run(
            sliceJob({
              rowStart: Math.round((b * n) / bands),
              rowEnd: Math.round(((b + 1) * n) / bands),
              skipStride: COARSE,
            }),
            undefined,
            true,
          )
          .then((r) => {
            merge(r);
            report(`slice-${normalization}`, (0.1 + (0.9 * ++finished) / bands) * SLICE_WEIGHT);
          }),
      ),
    );
    result.networks[normalization] = {
      ...network,
      slice: { ...slice, values: slice.values.slice(), complete: true },
    };
    publish();
  };

  const done = Promise.all(NORMALIZATIONS.map(one)).then(
    () => {
      pool.terminate();
      return result;
    },
    (error: unknown) => {
      pool.terminate();
      throw error;
    },
  );
  return {
    done,
    cancel: () => {
      cancelled = true;
      pool.terminate();
    },
  };
}
