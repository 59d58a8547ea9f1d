import type { PaneId } from '../../src/index.ts';
import type { MessageKey } from '../i18n/i18n.ts';

/** Each pane's name, in its header and its tab. */
export const PANE_NAMES: Record<PaneId, MessageKey> = {
  main: 'paneMain',
  raw: 'paneRaw',
  standardized: 'paneStandardized',
  batchnorm: 'paneBatchnorm',
};
