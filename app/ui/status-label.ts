import { formatNumber, grouped } from './format.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import type { DisplayStatus, RunSummary } from '../lab/store/run-slice.ts';

export const STATUS_KEYS: Record<DisplayStatus, MessageKey> = {
  ready: 'statusReady',
  running: 'statusRunning',
  converged: 'statusConverged',
  'too-slow': 'statusTooSlow',
  stalled: 'statusStalledShort',
  oscillating: 'statusOscillating',
  diverging: 'statusDiverging',
  diverged: 'statusDiverged',
  noisy: 'statusNoisy',
};

/** What a run did in an earlier phase, as the first half of "… for N steps, now …". */
const EARLIER: Partial<Record<DisplayStatus, MessageKey>> = {
  oscillating: 'phaseOvershot',
  'too-slow': 'phaseCrawled',
};

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The phase a run is in, in words: "overshooting: zig-zags across the valley", "crawling: about
 * N more steps at this rate", "stalled: …", "jitters: mini-batch noise holds the loss at …", or
 * the short status otherwise; led by the phase before it when that one overshot or crawled
 * ("overshot for 43 steps, now crawling: …").
 */
export function phaseText(
  t: Translate,
  s: Pick<RunSummary, 'status' | 'remaining' | 'previous' | 'noise'>,
): string {
  const now = currentText(t, s);
  const earlier = s.previous ? EARLIER[s.previous.status] : undefined;
  return earlier && s.previous
    ? t('phaseThen', { before: t(earlier), n: grouped(s.previous.steps), now })
    : now;
}

function currentText(t: Translate, s: Pick<RunSummary, 'status' | 'remaining' | 'noise'>): string {
  if (s.status === 'oscillating') return t('statusOvershooting');
  if (s.status === 'stalled') return t('statusStalled');
  if (s.status === 'too-slow' && s.remaining !== null && Number.isFinite(s.remaining))
    return t('statusCrawling', { n: grouped(s.remaining) });
  if (s.status === 'noisy' && s.noise)
    return t('statusJitters', {
      loss: formatNumber(s.noise.loss, 3),
      sigma: formatNumber(s.noise.std, 2),
    });
  return t(STATUS_KEYS[s.status]);
}
