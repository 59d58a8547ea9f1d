/// <reference lib="webworker" />
// Runs a learning-rate sweep off the main thread, reporting progress after each rate.
import { buildProblem, simulationConfig, sweepLearningRates } from '../../src/index.ts';
import type { SweepReply, SweepRequest } from './sweep-protocol.ts';

const post = (reply: SweepReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = (event: MessageEvent<SweepRequest>) => {
  const { id, experiment, rates, steps } = event.data;
  try {
    const problem = buildProblem(experiment);
    const points = sweepLearningRates(
      simulationConfig(experiment, problem, steps),
      rates,
      (done, total) => post({ id, type: 'progress', done, total }),
    );
    post({ id, type: 'done', points });
  } catch (error) {
    post({ id, type: 'error', message: String(error) });
  }
};
