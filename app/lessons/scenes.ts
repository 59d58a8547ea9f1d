import {
  buildProblem,
  DEFAULT_EXPERIMENT,
  learningRatePresets,
  LEARNING_RATE_PRESETS,
  type Experiment,
  type LocalizedText,
} from '../../src/index.ts';
import type { RunIntent } from '../lab/store/experiment-slice.ts';

/**
 * Something a scene's text says a run does, so a test can play the scene and check it:
 * zig-zags (reverses along the steep eigen-direction at least 5 times in its first 30 steps),
 * crawls (no such reversal, and far from done after its first steps), diverges, or converges
 * (within the steps the fact `withinFact` quotes, when given; in fewer steps than run `before`,
 * when given).
 */
export interface LessonClaim extends RunIntent {
  withinFact?: string;
  before?: number;
}

/** One scene of the guided lesson: the experiment it sets up and what it says. */
export interface LessonScene {
  id: string;
  title: LocalizedText;
  /**
   * Two to four sentences. {name} placeholders are live numbers of the scene's experiment
   * (see sceneFacts: kappa, limit, rate, multiple, bestSteps, rawSteps, standardizedSteps, …).
   */
  text: LocalizedText;
  /** What the text claims the runs do (checked by a browser test that plays the scene). */
  claims?: readonly LessonClaim[];
  /** One thing to try. */
  tryThis: LocalizedText;
  /** The experiment of the scene (language, speed and camera are kept from the current one). */
  setup(): Partial<Experiment>;
}

/** The four preset rates of a setting, as runs: too small, about right, too large, diverging. */
function presetRuns(e: Partial<Experiment>): Partial<Experiment> {
  const presets = learningRatePresets(buildProblem({ ...DEFAULT_EXPERIMENT, ...e }));
  const [first, ...rest] = LEARNING_RATE_PRESETS.map((k) => ({
    optimizer: 'gd' as const,
    learningRate: Number(presets[k].toPrecision(4)),
  }));
  return { ...e, optimizer: first!.optimizer, learningRate: first!.learningRate, extraRuns: rest };
}

/** The lesson, following docs/domain.md §1 step by step. */
export const LESSON: readonly LessonScene[] = [
  {
    id: 'rugged',
    title: { en: 'Rugged versus smooth', 'zh-TW': '崎嶇與平滑' },
    text: {
      en: 'Training walks downhill on the error surface. This one is convex — it has a single minimum — yet its steepness changes from place to place and differs between w1 and w2. Even a convex surface can be hard to train on.',
      'zh-TW':
        '訓練就是在錯誤曲面上往下走。這個曲面是凸的，只有一個最小值，但陡峭程度隨位置改變，w1 與 w2 方向也不同。即使是凸的錯誤曲面，也可能很難訓練。',
    },
    tryThis: {
      en: 'Press Play, then switch the surface to the round bowl and play again.',
      'zh-TW': '按「播放」，再把曲面換成圓碗重新播放。',
    },
    setup: () => ({ surface: 'rugged-bowl', learningRate: 0.4 }),
  },
  {
    id: 'valley',
    title: { en: 'The long, narrow valley', 'zh-TW': '狹長的山谷' },
    text: {
      en: 'Here y = b + w1·x1 + w2·x2 with x1 between 1 and 2 and x2 between 100 and 200. A change in w2 moves the loss about a hundred times more than the same change in w1, so the error surface is a long, narrow valley: condition number κ = {kappa}. At η = {rate} the ball overshoots across the steep walls, zig-zagging, then crawls along the flat floor.',
      'zh-TW':
        '這裡 y = b + w1·x1 + w2·x2，x1 介於 1 與 2，x2 介於 100 與 200。w2 改變一點，損失的變化約是 w1 改變同樣量的一百倍，所以錯誤曲面是狹長的山谷：條件數 κ = {kappa}。學習率 η = {rate} 時，球在陡峭的谷壁間過衝、來回震盪，之後沿著平坦的谷底慢慢爬。',
    },
    tryThis: {
      en: 'Press Play, then switch the camera to Top (contours) and hover over the surface to compare ∂L/∂w1 with ∂L/∂w2.',
      'zh-TW': '按「播放」，再把視角換成「俯視」，把游標移到曲面上比較 ∂L/∂w1 與 ∂L/∂w2。',
    },
    claims: [
      { pane: 'main', run: 0, does: 'zigzags' },
      { pane: 'main', run: 0, does: 'crawls' },
    ],
    setup: () => ({ surface: 'lecture', learningRate: 0.0009, speed: 10 }),
  },
  {
    id: 'learning-rate',
    title: { en: 'One learning rate for both directions', 'zh-TW': '一個學習率管不了兩個方向' },
    text: {
      en: 'Four runs on the same valley, with rates set from its stability limit 2/λ_max = {limit}. Too large (0.9×) overshoots the steep direction and zig-zags; above the limit (1.1×) it diverges. Small enough not to overshoot, it crawls along the flat direction. No constant rate serves both directions: from this start even the fastest one (about {bestMultiple} × the limit) needs about {bestSteps} steps.',
      'zh-TW':
        '在同一個山谷上跑四組，學習率依穩定上限 2/λ_max = {limit} 設定。太大（0.9 倍）會在陡的方向過衝、來回震盪；超過上限（1.1 倍）就發散。小到不會過衝時，又在平的方向慢慢爬。沒有一個固定的學習率能同時照顧兩個方向：從這個起點出發，即使是最快的學習率（約為上限的 {bestMultiple} 倍）也要大約 {bestSteps} 步。',
    },
    claims: [
      { pane: 'main', run: 0, does: 'crawls' },
      { pane: 'main', run: 1, does: 'crawls' },
      { pane: 'main', run: 2, does: 'zigzags' },
      { pane: 'main', run: 3, does: 'diverges' },
    ],
    tryThis: {
      en: 'Press Play and watch the statuses; then open the learning-rate sweep below.',
      'zh-TW': '按「播放」看各組的狀態，再看下方的學習率掃描。',
    },
    setup: () => ({ ...presetRuns({ surface: 'lecture' }), speed: 30 }),
  },
  {
    id: 'normalization',
    title: {
      en: 'Feature normalization turns the valley into a bowl',
      'zh-TW': '特徵正規化把山谷變成碗',
    },
    text: {
      en: 'Standardize each feature with its mean and standard deviation over all examples: x̃ = (x − m)/σ. The same model on the same data at one learning rate η = {rate}, side by side: on raw features (stable only below {limit}) it diverges; on standardized features it converges in {standardizedSteps} steps.',
      'zh-TW':
        '用全部資料的平均與標準差標準化每個特徵：x̃ = (x − m)/σ。同一個模型、同一份資料、同一個學習率 η = {rate} 並排比較：原始特徵上（η 要小於 {limit} 才穩定）會發散；標準化後 {standardizedSteps} 步就收斂。',
    },
    claims: [
      { pane: 'raw', run: 0, does: 'diverges' },
      { pane: 'standardized', run: 0, does: 'converges', withinFact: 'standardizedSteps' },
    ],
    tryThis: {
      en: 'Press Play, then compare the condition numbers κ of the panes.',
      'zh-TW': '按「播放」，再比較各窗格的條件數 κ。',
    },
    setup: () => ({ surface: 'lecture', panes: 'compare', learningRate: 0.4, speed: 10 }),
  },
  {
    id: 'batch-norm',
    title: {
      en: 'Batch normalization, one mini-batch at a time',
      'zh-TW': '批次正規化：一次一個小批次',
    },
    text: {
      en: 'Inside a network the same problem returns at every layer. Batch normalization normalizes with the current mini-batch’s μ_B and σ_B, so the surface the optimizer sees shifts from batch to batch, and the examples of a batch become coupled.',
      'zh-TW':
        '在網路裡，每一層都會遇到同樣的問題。批次正規化用目前小批次的 μ_B 與 σ_B 來正規化，所以最佳化器看到的曲面每個批次都會移動，同一批次的資料也彼此牽連。',
    },
    tryThis: {
      en: 'Step a few times and watch the mini-batch statistics; set the batch size to 1.',
      'zh-TW': '按幾次「單步」觀察小批次的統計量；再把批次大小設為 1。',
    },
    setup: () => ({ surface: 'lecture', batchNorm: true, optimizer: 'sgd', batchSize: 16 }),
  },
  {
    id: 'critical-points',
    title: {
      en: 'Critical points: where the gradient vanishes',
      'zh-TW': '臨界點：梯度為零的地方',
    },
    text: {
      en: 'At a saddle point the gradient is zero although it is not a minimum. Starting near the ridge, gradient descent slows to a crawl at the saddle before it slides off to one of the minima.',
      'zh-TW':
        '在鞍點，梯度為零，卻不是最小值。從山脊附近出發，梯度下降會在鞍點附近慢下來，之後才滑向某個最小值。',
    },
    tryThis: {
      en: 'Watch |∇L| in the readouts as the ball passes the saddle.',
      'zh-TW': '球經過鞍點時，注意讀數中的 |∇L|。',
    },
    claims: [{ pane: 'main', run: 0, does: 'converges' }],
    setup: () => ({ surface: 'saddle', learningRate: 0.1, speed: 20 }),
  },
  {
    id: 'optimizers',
    title: { en: 'Beyond plain gradient descent', 'zh-TW': '一般梯度下降之外' },
    text: {
      en: 'Momentum keeps a running direction and speeds up along the flat valley floor, so it arrives well before plain gradient descent; Adam scales each weight’s step by its own gradient history. Each reacts differently to an elongated valley.',
      'zh-TW':
        '動量保留一個累積的方向，在平坦的谷底加速，因此比一般梯度下降早很多抵達；Adam 依每個權重自己的梯度歷史調整步長。面對狹長山谷，它們的反應各不相同。',
    },
    tryThis: {
      en: 'Add RMSProp or Nesterov as another run.',
      'zh-TW': '再新增一組 RMSProp 或 Nesterov。',
    },
    claims: [
      { pane: 'main', run: 0, does: 'converges' },
      { pane: 'main', run: 1, does: 'converges', before: 0 },
      { pane: 'main', run: 2, does: 'converges' },
    ],
    setup: () => ({
      surface: 'valley',
      conditionNumber: 50,
      optimizer: 'gd',
      learningRate: 0.5,
      extraRuns: [
        { optimizer: 'momentum', learningRate: 0.1 },
        { optimizer: 'adam', learningRate: 0.1 },
      ],
      speed: 30,
    }),
  },
];
