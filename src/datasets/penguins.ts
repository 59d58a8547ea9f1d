import type { Dataset } from './dataset.ts';
import {
  PENGUIN_BEAK_DEPTH_MM,
  PENGUIN_BODY_MASS_G,
  PENGUIN_FLIPPER_LENGTH_MM,
} from './penguins-rows.ts';

/**
 * Palmer Penguins (K. Gorman, Palmer Station LTER; CC0), as shipped by the vega-datasets package:
 * flipper length (mm) from x1 = beak depth (mm) and x2 = body mass (g). 342 rows; the two rows
 * missing any of these columns are dropped.
 */
export function penguinsDataset(): Dataset {
  return {
    id: 'penguins',
    name: { en: 'Palmer penguins', 'zh-TW': '帕默企鵝' },
    description: {
      en: `Predict flipper length (mm) from beak depth (mm, about 13–22) and body mass (g, about 2,700–6,300) of ${PENGUIN_FLIPPER_LENGTH_MM.length} penguins. Real features on very different scales.`,
      'zh-TW': `用 ${PENGUIN_FLIPPER_LENGTH_MM.length} 隻企鵝的喙深（mm，約 13–22）與體重（g，約 2,700–6,300）預測鰭肢長度（mm）。真實資料的特徵尺度差很多。`,
    },
    source: {
      en: 'Palmer Penguins: K. Gorman, Palmer Station LTER (CC0), via vega-datasets; rows with missing values dropped.',
      'zh-TW':
        '帕默企鵝資料：K. Gorman，Palmer Station LTER（CC0），取自 vega-datasets；已刪除有缺值的列。',
    },
    featureNames: [
      { en: 'beak depth (mm)', 'zh-TW': '喙深（mm）' },
      { en: 'body mass (g)', 'zh-TW': '體重（g）' },
    ],
    targetName: { en: 'flipper length (mm)', 'zh-TW': '鰭肢長度（mm）' },
    x1: Float64Array.from(PENGUIN_BEAK_DEPTH_MM),
    x2: Float64Array.from(PENGUIN_BODY_MASS_G),
    y: Float64Array.from(PENGUIN_FLIPPER_LENGTH_MM),
  };
}
