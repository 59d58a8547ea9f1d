import {
  inputDrift,
  trainedRun,
  NORMALIZATIONS,
  smoothnessMedians,
  type Normalization,
  type Smoothness,
  type StableRate,
} from '../../src/index.ts';
import type { MessageKey } from '../i18n/i18n.ts';
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

/** How a network's training went: diverged, stuck (isStuck), trained (trainedRun) or only slowly. */
export type NetworkStatus = 'diverged' | 'stuck' | 'trained' | 'slow';

export function networkStatus(
  net: Pick<LabNetwork, 'losses' | 'diverged' | 'stuck'>,
): NetworkStatus {
  if (net.diverged) return 'diverged';
  if (net.stuck) return 'stuck';
  return trainedRun(net.losses, false) ? 'trained' : 'slow';
}

export const NETWORK_STATUS: Record<
  NetworkStatus,
  { key: MessageKey; tone: 'converged' | 'too-slow' | 'diverged' }
> = {
  diverged: { key: 'netDiverged', tone: 'diverged' },
  stuck: { key: 'netStuck', tone: 'too-slow' },
  trained: { key: 'netStatusTrained', tone: 'converged' },
  slow: { key: 'netStatusSlow', tone: 'too-slow' },
};

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A network's name in the lab's charts and tables, marked when it is stuck. */
export function networkLabel(t: Translate, name: MessageKey, net: Pick<LabNetwork, 'stuck'>) {
  return net.stuck ? t('netStuckLabel', { name: t(name) }) : t(name);
}

/** Rates per decade of a log-spaced grid. */
export function perDecade(rates: readonly number[]): number {
  if (rates.length < 2) return 0;
  return Math.round((rates.length - 1) / Math.log10(rates[rates.length - 1]! / rates[0]!));
}

/** Which sentence states a stable-rate bracket, with its bounds (and where training began, `from`). */
export function stableText(s: StableRate): {
  key:
    | 'netStableBetween'
    | 'netStableBetweenFrom'
    | 'netStableNone'
    | 'netStableAtLeast'
    | 'netStableAtLeastFrom';
  lo: number;
  hi: number;
  from: number;
} {
  const from = s.smallest ?? s.rates[0]!;
  const late = s.smallest !== null && s.smallest > s.rates[0]!;
  if (s.largest === null) return { key: 'netStableNone', lo: 0, hi: 0, from };
  if (s.firstUnstable === null)
    return { key: late ? 'netStableAtLeastFrom' : 'netStableAtLeast', lo: s.largest, hi: 0, from };
  return {
    key: late ? 'netStableBetweenFrom' : 'netStableBetween',
    lo: s.largest,
    hi: s.firstUnstable,
    from,
  };
}

/** How two positive values compare, as `without` against `with` (e.g. a measure's medians). */
export type Comparison =
  { kind: 'same' } | { kind: 'smaller' | 'larger'; times: string } | { kind: 'unknown' };

/**
 * `b` against `a`: the same when equal, else how many times smaller or larger, to one decimal below
 * 10 (2.4×) and whole numbers above (55×), with as many more decimals as it takes for a ratio that
 * is not 1 not to read as 1 (1.04×, 1.0003×). Unknown for a missing, negative or zero value.
 */
export function compareValues(a: number | undefined, b: number | undefined): Comparison {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b))
    return { kind: 'unknown' };
  if (a === b) return { kind: 'same' };
  if (!(a > 0 && b > 0)) return { kind: 'unknown' };
  const ratio = Math.max(a, b) / Math.min(a, b);
  let digits = ratio < 10 ? 1 : 0;
  let times = ratio.toFixed(digits);
  while (Number(times) <= 1 && digits < 15) times = ratio.toFixed(++digits);
  // Two floating-point neighbours: no decimal tells them apart.
  if (Number(times) <= 1) times = `1.${'0'.repeat(15)}1`;
  return { kind: b < a ? 'smaller' : 'larger', times };
}
