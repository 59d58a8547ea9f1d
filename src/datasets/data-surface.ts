import type { Surface } from '../surfaces/surface.ts';
import type { Dataset } from './dataset.ts';
import {
  applyFeatureTransform,
  featureTransform,
  type FeatureScaling,
  type FeatureTransform,
} from './feature-scaling.ts';
import { regressionStats, type RegressionStats } from './regression-stats.ts';
import { regressionSurface } from './regression-surface.ts';

/** A data set's error surface under one feature scaling, with what it was built from. */
export interface DataSurface {
  surface: Surface;
  /** The features after scaling (y unchanged). */
  data: Dataset;
  transform: FeatureTransform;
  stats: RegressionStats;
  scaling: FeatureScaling;
}

const SCALING_TEXT: Record<FeatureScaling, { en: string; 'zh-TW': string }> = {
  none: { en: 'raw features', 'zh-TW': '原始特徵' },
  standardize: { en: 'standardized features (z-score)', 'zh-TW': '標準化特徵（z 分數）' },
  'min-max': { en: 'min-max scaled features', 'zh-TW': '最小最大縮放特徵' },
  whiten: {
    en: 'whitened features (decorrelated, variance 1)',
    'zh-TW': '白化特徵（去相關、變異數為 1）',
  },
};

/**
 * The MSE error surface L(w1, w2) of `data` after `scaling` (whole-data statistics), with the
 * intercept b at its best value for each (w1, w2).
 */
export function dataSurface(data: Dataset, scaling: FeatureScaling): DataSurface {
  const transform = featureTransform(data, scaling);
  const scaled = applyFeatureTransform(data, transform);
  const stats = regressionStats(scaled.x1, scaled.x2, scaled.y);
  const s = SCALING_TEXT[scaling];
  const surface = regressionSurface(stats, {
    id: data.id,
    name: { en: `${data.name.en}, ${s.en}`, 'zh-TW': `${data.name['zh-TW']}，${s['zh-TW']}` },
    description: {
      en: `Mean squared error of y ≈ b + w1·x1 + w2·x2 on ${data.name.en} (${s.en}); for each (w1, w2) the bias b is set to its best value, so the surface shows the two weights alone.`,
      'zh-TW': `${data.name['zh-TW']}（${s['zh-TW']}）上 y ≈ b + w1·x1 + w2·x2 的均方誤差；每個 (w1, w2) 的偏差 b 都取最佳值，曲面只呈現兩個權重的影響。`,
    },
  });
  return { surface, data: scaled, transform, stats, scaling };
}
