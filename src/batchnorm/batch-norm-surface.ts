import type { Dataset } from '../datasets/dataset.ts';
import { regressionSurface } from '../datasets/regression-surface.ts';
import type { RegressionStats } from '../datasets/regression-stats.ts';
import type { Surface } from '../surfaces/surface.ts';
import {
  DEFAULT_BATCH_NORM,
  populationNormalizedStats,
  type BatchNormSettings,
} from './batch-norm-layer.ts';

/**
 * The error surface of one mini-batch after batch normalization (`stats` from
 * BatchNormLayer.normalize(...).normalized): the surface the optimizer sees on this step.
 */
export function miniBatchSurface(stats: RegressionStats, data: Dataset): Surface {
  return regressionSurface(stats, {
    id: data.id,
    name: {
      en: `${data.name.en}, one mini-batch (batch-normalized)`,
      'zh-TW': `${data.name['zh-TW']}，單一小批次（批次正規化）`,
    },
    description: {
      en: `The loss of this mini-batch of ${stats.n} examples after batch normalization, with the bias b at its best value for the batch. It changes from batch to batch.`,
      'zh-TW': `這個 ${stats.n} 筆資料的小批次經過批次正規化後的損失，偏差 b 取這個批次的最佳值。每個批次都不一樣。`,
    },
  });
}

/** The whole-data surface that batch-normalized training approaches (features normalized with whole-data μ, σ). */
export function batchNormSurface(
  data: Dataset,
  settings: BatchNormSettings = DEFAULT_BATCH_NORM,
): Surface {
  return regressionSurface(populationNormalizedStats(data, settings), {
    id: data.id,
    name: { en: `${data.name.en}, batch-normalized`, 'zh-TW': `${data.name['zh-TW']}，批次正規化` },
    description: {
      en: 'Mean squared error after normalizing each feature with whole-data statistics (the limit of batch normalization for large batches), with the bias b at its best value.',
      'zh-TW':
        '以全部資料的統計量正規化每個特徵後的均方誤差（批次很大時批次正規化的極限），偏差 b 取最佳值。',
    },
  });
}
