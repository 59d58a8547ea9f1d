import { createMiniBatchSampler } from '../batchnorm/mini-batch.ts';
import {
  initOptimizerState,
  sanitizeOptimizerParams,
  type OptimizerId,
  type OptimizerParams,
} from '../optimizers/optimizer.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import { createRng } from '../random.ts';
import { cloneMlp, type Mlp } from './mlp.ts';
import { mlpLoss } from './mlp-loss.ts';
import { createWorkspace } from './mlp-workspace.ts';
import type { TaskData } from './tasks.ts';

/** Momentum of the batch-norm running averages during training. */
const RUNNING_MOMENTUM = 0.1;
/** A whole-data loss this many times the first one counts as diverged. */
const EXPLOSION = 1e6;

export interface TrainConfig {
  /** The network to start from (copied; the original is left alone). */
  net: Mlp;
  data: TaskData;
  optimizer: OptimizerId;
  params: Partial<OptimizerParams>;
  batchSize: number;
  steps: number;
  seed: number;
  /** Record the whole-data loss every this many steps (default 10). */
  every?: number;
  /** Called after each recording with the step reached and the network then; return false to stop early. */
  onProgress?: (step: number, steps: number, net: Mlp) => boolean | void;
}

export interface TrainResult {
  net: Mlp;
  /** Steps at which the whole-data loss was recorded, and that loss (inference mode). */
  recordedAt: number[];
  losses: number[];
  diverged: boolean;
  steps: number;
}

/**
 * Trains with mini-batches: each step samples `batchSize` examples (seeded), computes the
 * mini-batch loss and its gradient (batch norm with this batch's statistics, updating the running
 * averages) and takes one optimizer step. The whole-data loss is recorded in inference mode.
 * Stops with `diverged` at a non-finite or exploding loss; never returns NaN.
 */
export function trainMlp(config: TrainConfig): TrainResult {
  const net = cloneMlp(config.net);
  const { data } = config;
  const params = sanitizeOptimizerParams(config.params);
  const step = OPTIMIZERS[config.optimizer].step;
  const state = initOptimizerState(net.params);
  net.params = state.w;
  const rng = createRng(config.seed);
  const sampler = createMiniBatchSampler(data.n);
  const size = Math.min(data.n, Math.max(1, Math.floor(config.batchSize)));
  const batchWs = createWorkspace(net.layout, size);
  const wholeWs = createWorkspace(net.layout, data.n);
  const grad = new Float64Array(net.params.length);
  const every = Math.max(1, config.every ?? 10);
  const recordedAt: number[] = [];
  const losses: number[] = [];
  const wholeLoss = () =>
    mlpLoss(net, data, null, wholeWs, {
      mode:
        net.layout.spec.normalization === 'batch' && recordedAt.length > 0 ? 'inference' : 'train',
    });
  const first = wholeLoss();
  recordedAt.push(0);
  losses.push(first);
  let diverged = false;
  let t = 0;
  while (t < config.steps) {
    const batch = sampler.sample(rng, size);
    const loss = mlpLoss(net, data, batch, batchWs, {
      mode: 'train',
      gradient: grad,
      updateRunning: RUNNING_MOMENTUM,
    });
    if (!Number.isFinite(loss) || !grad.every(Number.isFinite)) {
      diverged = true;
      break;
    }
    step(state, grad, params);
    t++;
    if (t % every === 0 || t === config.steps) {
      const whole = wholeLoss();
      if (
        !Number.isFinite(whole) ||
        whole > EXPLOSION * Math.max(first, 1e-12) ||
        !net.params.every(Number.isFinite)
      ) {
        diverged = true;
        break;
      }
      recordedAt.push(t);
      losses.push(whole);
      if (config.onProgress?.(t, config.steps, net) === false) break;
    }
  }
  if (diverged) {
    // Keep the network finite: fall back to the starting weights.
    net.params = config.net.params.slice();
    net.running = config.net.running.slice();
  }
  return { net, recordedAt, losses, diverged, steps: t };
}
