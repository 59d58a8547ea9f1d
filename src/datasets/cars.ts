import { CAR_ACCELERATION_S, CAR_MILES_PER_GALLON, CAR_WEIGHT_LB } from './cars-rows.ts';
import type { Dataset } from './dataset.ts';

/**
 * Cars (the StatLib "auto mpg" data, as shipped by the vega-datasets package): miles per gallon
 * from x1 = acceleration (seconds from 0 to 60 mph, about 8–25) and x2 = weight (pounds, about
 * 1,600–5,100): the lecture's "x1 small, x2 large" in real data. 398 rows; the 8 cars without a
 * miles-per-gallon figure are dropped.
 */
export function carsDataset(): Dataset {
  const n = CAR_MILES_PER_GALLON.length;
  return {
    id: 'cars',
    name: { en: 'Cars: fuel economy', 'zh-TW': '汽車油耗' },
    description: {
      en: `Predict miles per gallon from acceleration (0–60 mph in seconds, about 8–25) and weight (pounds, about 1,600–5,100) of ${n} cars from 1970–82: x1 small, x2 large, as in the lecture, but real.`,
      'zh-TW': `用 ${n} 輛 1970–82 年汽車的加速時間（0–60 英里／時的秒數，約 8–25）與重量（磅，約 1,600–5,100）預測每加侖英里數：x1 小、x2 大，和課堂範例一樣，但這是真實資料。`,
    },
    source: {
      en: 'Cars: the StatLib "auto mpg" data (UCI), via vega-datasets; cars without a miles-per-gallon figure dropped.',
      'zh-TW':
        '汽車資料：StatLib「auto mpg」資料集（UCI），取自 vega-datasets；已刪除沒有油耗數字的車。',
    },
    featureNames: [
      { en: 'acceleration (s)', 'zh-TW': '加速時間（秒）' },
      { en: 'weight (lb)', 'zh-TW': '重量（磅）' },
    ],
    targetName: { en: 'miles per gallon', 'zh-TW': '每加侖英里數' },
    x1: Float64Array.from(CAR_ACCELERATION_S),
    x2: Float64Array.from(CAR_WEIGHT_LB),
    y: Float64Array.from(CAR_MILES_PER_GALLON),
  };
}
