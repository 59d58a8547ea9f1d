import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  guessLoss,
  isStuck,
  logSpace,
  smoothnessMedians,
  stableRateBracket,
  trainAndRecord,
  trainedRun,
  type Normalization,
} from '../../../src/index.ts';
import { DEFAULT_NETWORK } from '../../../src/experiment/experiment.ts';
import { taskData } from '../../../src/network/tasks.ts';
import {
  matchingPreset,
  NETWORK_PRESETS,
  type NetworkPreset,
} from '../../../src/network/presets.ts';

/** Trains the preset's network with `normalization` for `seed`: final loss and the median measures. */
function measure(preset: NetworkPreset, normalization: Normalization, seed: number) {
  const s = preset.setting;
  const data = taskData(s.task, seed);
  const probe = Array.from({ length: 64 }, (_, k) => (k * 5) % data.n);
  const net = createMlp({ hidden: Array(s.layers).fill(s.width), normalization }, createRng(seed));
  const r = trainAndRecord({
    net,
    data,
    learningRate: s.learningRate,
    steps: s.steps,
    batchSize: 32,
    seed,
    probe,
  });
  return {
    final: r.losses.at(-1)!,
    diverged: r.diverged,
    stuck: isStuck(r.losses, r.diverged, guessLoss(data)),
    trained: trainedRun(r.losses, r.diverged),
    ...smoothnessMedians(r.smoothness),
  };
}

/** The lab's stable-rate search (its grid, 300 steps, batches of 32) for the preset's network. */
function stableRate(preset: NetworkPreset, normalization: Normalization, seed: number) {
  const s = preset.setting;
  const net = createMlp({ hidden: Array(s.layers).fill(s.width), normalization }, createRng(seed));
  return stableRateBracket(
    { net, data: taskData(s.task, seed), batchSize: 32, steps: s.steps, seed },
    logSpace(0.1, 100, 13),
  );
}

const preset = (id: NetworkPreset['id']) => NETWORK_PRESETS.find((p) => p.id === id)!;
const SEEDS = [1, 2, 3];

describe('the network presets (their claims, measured over several seeds)', () => {
  it('"where batch norm helps": all three Santurkar measures several times smaller with batch norm; every seed trains with it, some are far from fitting without', () => {
    const stuck: number[] = [];
    for (const seed of [1, 2, 3, 4]) {
      const plain = measure(preset('helps'), 'none', seed);
      const bn = measure(preset('helps'), 'batch', seed);
      expect(plain.diverged || bn.diverged).toBe(false);
      expect(plain.lossRange / bn.lossRange).toBeGreaterThan(2);
      expect(plain.gradientChange / bn.gradientChange).toBeGreaterThan(2);
      expect(plain.effectiveBeta / bn.effectiveBeta).toBeGreaterThan(2);
      expect(bn.final).toBeLessThan(0.05); // ln 2 ≈ 0.69 at the start
      expect(bn.trained && !bn.stuck).toBe(true);
      // Neither is stuck: both networks' smoothness figures describe networks that trained.
      expect(plain.stuck).toBe(false);
      if (plain.final > 0.3) stuck.push(seed);
    }
    expect(stuck.length).toBeGreaterThan(0);
  }, 60_000);

  it('"where batch norm helps": layer norm is stuck at the preset rate on every seed (as its text says), because the rate is above its largest stable rate; at that stable rate it trains', () => {
    const helps = preset('helps');
    expect(helps.why.en).toContain('Layer norm does not train at this rate');
    for (const seed of [1, 2, 3, 4]) {
      const ln = measure(helps, 'layer', seed);
      expect(ln.diverged).toBe(false);
      expect(ln.stuck, `seed ${seed}: final ${ln.final}`).toBe(true);
      // Stuck at the loss of a guess: within a tenth of ln 2 (the classes are balanced).
      const guess = guessLoss(taskData(helps.setting.task, seed));
      expect(Math.abs(ln.final - guess)).toBeLessThan(0.1 * guess);
      const stable = stableRate(helps, 'layer', seed);
      expect(stable.largest).not.toBeNull();
      expect(stable.largest!).toBeLessThan(helps.setting.learningRate);
      const atStable = measure(
        { ...helps, setting: { ...helps.setting, learningRate: stable.largest! } },
        'layer',
        seed,
      );
      expect(atStable.trained && !atStable.stuck).toBe(true);
    }
  }, 60_000);

  it('"where it does not help": batch norm’s loss range and gradient change are as large or larger, and both end near the same loss', () => {
    for (const seed of SEEDS) {
      const plain = measure(preset('no-help'), 'none', seed);
      const bn = measure(preset('no-help'), 'batch', seed);
      expect(bn.lossRange).toBeGreaterThanOrEqual(plain.lossRange);
      expect(bn.gradientChange).toBeGreaterThanOrEqual(plain.gradientChange);
      expect(bn.final / plain.final).toBeGreaterThan(0.5);
      expect(bn.final / plain.final).toBeLessThan(2);
    }
  }, 60_000);

  it('the default network is the "helps" preset, and presets are recognized by their setting', () => {
    expect(DEFAULT_NETWORK).toEqual(preset('helps').setting);
    expect(matchingPreset(DEFAULT_NETWORK)?.id).toBe('helps');
    expect(matchingPreset({ ...DEFAULT_NETWORK, width: 8 })).toBeUndefined();
  });
});
