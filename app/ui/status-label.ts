import { grouped } from './format.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import type { DisplayStatus } from '../lab/store/run-slice.ts';

export const STATUS_KEYS: Record<DisplayStatus, MessageKey> = {
  ready: 'statusReady',
  running: 'statusRunning',
  converged: 'statusConverged',
  'too-slow': 'statusTooSlow',
  stalled: 'statusStalledShort',
  oscillating: 'statusOscillating',
  diverging: 'statusDiverging',
  diverged: 'statusDiverged',
};

/**
 * The phase a run is in, in words: "overshooting: zig-zags across the valley", "crawling: about
 * N more steps at this rate", "stalled: …", or the short status otherwise.
 */
export function phaseText(
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
  status: DisplayStatus,
  remaining: number | null,
): string {
  if (status === 'oscillating') return t('statusOvershooting');
  if (status === 'stalled') return t('statusStalled');
  if (status === 'too-slow' && remaining !== null && Number.isFinite(remaining))
    return t('statusCrawling', { n: grouped(remaining) });
  return t(STATUS_KEYS[status]);
}
