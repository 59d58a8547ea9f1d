import type { Normalization } from '../../src/index.ts';
import type { MessageKey } from '../i18n/i18n.ts';

/** Each network's colour and name, the same in every chart, table and map of the lab. */
export const NETWORK_STYLE: Record<Normalization, { color: string; name: MessageKey }> = {
  none: { color: '#4dc3ff', name: 'netPlain' },
  batch: { color: '#ff922b', name: 'netBn' },
  layer: { color: '#b197fc', name: 'netLn' },
};
