import type { NetworkSetting } from '../experiment/experiment.ts';
import type { LocalizedText } from '../text.ts';

/** A network-lab setting chosen by measurement, with what it shows and why. */
export interface NetworkPreset {
  id: 'helps' | 'no-help';
  setting: NetworkSetting;
  title: LocalizedText;
  why: LocalizedText;
}

/**
 * The two settings of the network lab found by measuring the smoothness measures over a grid of
 * tasks, depths (1–8 layers), widths (8–32) and rates (0.1–4), three seeds each (the tests check
 * the orderings stated here over several seeds).
 */
export const NETWORK_PRESETS: readonly NetworkPreset[] = [
  {
    id: 'helps',
    setting: { task: 'circles', layers: 6, width: 16, learningRate: 1, steps: 300 },
    title: { en: 'Where batch norm helps', 'zh-TW': '批次正規化有幫助的情況' },
    why: {
      en: 'Six tanh layers at rate 1 on the circles: without normalization a step along the gradient changes the loss and the gradient a lot, and some seeds stay stuck near the starting loss. With batch normalization all three measures are two to over a hundred times smaller, and every seed trains.',
      'zh-TW':
        '在圓與環上用六層 tanh、學習率 1：沒有正規化時，沿梯度走一步，損失與梯度都變化很大，有些種子一直卡在起始的損失附近。有批次正規化時，三個量都小了兩倍到一百多倍，每個種子都訓練得起來。',
    },
  },
  {
    id: 'no-help',
    setting: { task: 'xor', layers: 1, width: 16, learningRate: 0.5, steps: 300 },
    title: { en: 'Where it does not help', 'zh-TW': '沒有幫助的情況' },
    why: {
      en: 'One hidden layer, inputs already of order 1: there is no badly scaled layer inside to fix. Batch normalization does not make this landscape smoother (its loss range and gradient change along the gradient are as large or larger) and the two networks end at about the same loss.',
      'zh-TW':
        '只有一層隱藏層，輸入本來就在 1 左右：網路裡沒有尺度不對的層需要修正。批次正規化沒有讓這個錯誤曲面更平滑（沿梯度方向的損失範圍與梯度變化一樣大或更大），兩個網路最後的損失也差不多。',
    },
  },
];

/** The preset whose setting equals `setting`, if any. */
export function matchingPreset(setting: NetworkSetting): NetworkPreset | undefined {
  return NETWORK_PRESETS.find((p) =>
    (Object.keys(p.setting) as (keyof NetworkSetting)[]).every((k) => p.setting[k] === setting[k]),
  );
}
