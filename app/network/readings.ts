import {
  inputDrift,
  NORMALIZATIONS,
  smoothnessMedians,
  type Normalization,
  type Smoothness,
  type StableRate,
} from '../../src/index.ts';
import type { LabNetwork } from '../workers/run-network.ts';

type Networks = Partial<Record<Normalization, LabNetwork>>;

export const MEASURES = ['lossRange', 'gradientChange', 'effectiveBeta'] as const;

/** Each network's median of each smoothness measure over training. */
export function measureMedians(networks: Networks): Partial<Record<Normalization, Smoothness>> {
  const out: Partial<Record<Normalization, Smoothness>> = {};
  for (const n of NORMALIZATIONS) {
    const net = networks[n];
    if (net) out[n] = smoothnessMedians(net.smoothness);
  }
  return out;
}

/** A measure counts as smaller with batch norm when its median is at least this many times smaller. */
export const CLEARLY_SMALLER = 1.25;

/**
 * How many of the three measures batch norm makes clearly smaller (by CLEARLY_SMALLER) than no
 * normalization; null until both networks are in.
 */
export function measuresSmallerWithBatchNorm(networks: Networks): number | null {
  const m = measureMedians(networks);
  if (!m.none || !m.batch) return null;
  return MEASURES.filter((k) => m.none![k] > CLEARLY_SMALLER * m.batch![k]).length;
}

/** Each network's drift of the unit's input median, and its 15–85 % band at the start and end. */
export function drifts(networks: Networks) {
  const out: Partial<Record<Normalization, ReturnType<typeof inputDrift>>> = {};
  for (const n of NORMALIZATIONS) {
    const net = networks[n];
    if (net) out[n] = inputDrift(net.unitInput);
  }
  return out;
}

/** Rates per decade of a log-spaced grid. */
export function perDecade(rates: readonly number[]): number {
  if (rates.length < 2) return 0;
  return Math.round((rates.length - 1) / Math.log10(rates[rates.length - 1]! / rates[0]!));
}

/** Which sentence states a stable-rate bracket, with its bounds. */
export function stableText(s: StableRate): {
  key: 'netStableBetween' | 'netStableBelow' | 'netStableAtLeast';
  lo: number;
  hi: number;
} {
  if (s.largest === null)
    return { key: 'netStableBelow', lo: 0, hi: s.firstUnstable ?? s.rates[0]! };
  if (s.firstUnstable === null) return { key: 'netStableAtLeast', lo: s.largest, hi: 0 };
  return { key: 'netStableBetween', lo: s.largest, hi: s.firstUnstable };
}
