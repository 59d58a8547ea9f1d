import type { MessageKey } from '../i18n/i18n.ts';
import type { DisplayStatus } from '../store/run-slice.ts';

export const STATUS_KEYS: Record<DisplayStatus, MessageKey> = {
  ready: 'statusReady',
  running: 'statusRunning',
  converged: 'statusConverged',
  'too-slow': 'statusTooSlow',
  oscillating: 'statusOscillating',
  diverging: 'statusDiverging',
  diverged: 'statusDiverged',
};
