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
 * the orderings stated here over several seeds). In "helps", layer norm at rate 1 is stuck (isStuck)
 * on every seed measured: the rate is above its largest stable rate (0.3–0.6 on the lab's grid);
 * the page says so beside its figures.
 */
export const NETWORK_PRESETS: readonly NetworkPreset[] = [
  {
    id: 'helps',
    setting: { task: 'circles', layers: 6, width: 16, learningRate: 1, steps: 300 },
    title: { en: 'Where batch norm helps', 'zh-TW': '批次正規化有幫助的情況' },
    why: {
      en: 'Six tanh layers at rate 1 on the circles: without normalization a step along the gradient changes the loss and the gradient a lot, and some seeds are still far from fitting after 300 steps. With batch normalization all three measures are two to over a hundred times smaller, and every seed trains. Layer norm does not train at this rate: 1 is above its largest stable rate, and it stays stuck at the loss of a guess (ln 2), so its smoothness figures describe a network at its start. Try its stable rate to see it train.',
      'zh-TW':
        '在圓與環上用六層 tanh、學習率 1：沒有正規化時，沿梯度走一步，損失與梯度都變化很大，有些種子訓練 300 步後離擬合還很遠。有批次正規化時，三個量都小了兩倍到一百多倍，每個種子都訓練得起來。層正規化在這個學習率訓練不起來：1 超過它最大的穩定學習率，它卡在常數猜測的損失（ln 2），所以它的平滑度數字描述的是停在起點的網路。改用它的穩定學習率，就能看到它訓練起來。',
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
