/// <reference lib="webworker" />
// Trains a plain and a batch-normalized MLP off the main thread, then measures their largest
// stable learning rate and their loss landscapes, reporting progress throughout.
import {
  createMlp,
  createRng,
  filterNormalizedDirection,
  largestStableRate,
  logSpace,
  lossSlice,
  smoothnessAlongGradient,
  taskData,
  trainMlp,
} from '../../src/index.ts';
import type { NetworkCurve, NetworkReply, NetworkRequest } from './network-protocol.ts';

const post = (reply: NetworkReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
const RATES = logSpace(1e-3, 30, 10);
const RANGE = 1;
const STABLE_STEPS = 150;

self.onmessage = (event: MessageEvent<NetworkRequest>) => {
  const r = event.data;
  try {
    const data = taskData(r.task, r.seed);
    const total = 2 * (r.steps + r.resolution + RATES.length);
    let done = 0;
    const tick = (units: number) => {
      done += units;
      post({ id: r.id, type: 'progress', done, total });
    };
    const probe = Array.from({ length: Math.min(64, data.n) }, (_, k) => (k * 5) % data.n);
    const curves: NetworkCurve[] = [false, true].map((batchNorm) => {
      const net = createMlp(
        { hidden: r.hidden, normalization: batchNorm ? 'batch' : 'none' },
        createRng(r.seed),
      );
      const smoothness: NetworkCurve['smoothness'] = [];
      let last = 0;
      const trained = trainMlp({
        net,
        data,
        optimizer: 'gd',
        params: { learningRate: r.learningRate },
        batchSize: r.batchSize,
        steps: r.steps,
        seed: r.seed,
        every: 10,
        onProgress(step, _steps, current) {
          if (step % 50 === 0) {
            const s = smoothnessAlongGradient(
              current,
              data,
              probe,
              [0.25, 0.5, 1, 2].map((f) => f * r.learningRate),
            );
            smoothness.push({ step, ...s });
          }
          tick(step - last);
          last = step;
        },
      });
      tick(r.steps - last);
      const rng = createRng(r.seed + 7);
      const d1 = filterNormalizedDirection(trained.net, rng);
      const d2 = filterNormalizedDirection(trained.net, rng);
      const landscape = lossSlice(trained.net, data, d1, d2, r.resolution, RANGE, () => tick(1));
      const stableRate = largestStableRate(
        { net, data, optimizer: 'gd', batchSize: r.batchSize, steps: STABLE_STEPS, seed: r.seed },
        RATES,
      );
      tick(RATES.length);
      return {
        batchNorm,
        recordedAt: trained.recordedAt,
        losses: trained.losses,
        diverged: trained.diverged,
        smoothness,
        stableRate,
        landscape,
        parameters: net.params.length,
      };
    });
    post({ id: r.id, type: 'done', curves, rates: RATES, range: RANGE, resolution: r.resolution });
  } catch (error) {
    post({ id: r.id, type: 'error', message: String(error) });
  }
};
