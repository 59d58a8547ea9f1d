import type { enNetwork } from './en-network.ts';

// 網路實驗室的繁體中文介面字串（術語依 docs/domain.md §4）；
// 展開於 zh-TW.ts。
export const zhTWNetwork: Record<keyof typeof enNetwork, string> = {
  netTitle: '真實的小型網路：沒有正規化、批次正規化、層正規化',
  netTask: '任務',
  netLayers: '隱藏層：{n} 層',
  netWidth: '每層單元：{n} 個',
  netRate: '學習率（三個網路相同）',
  netSteps: '訓練步數',
  netTrain: '訓練三個網路',
  netProgress: '進行中：{percent}%…',
  netPresets: '由量測找出的預設',
  netCustom: '自訂設定（不是預設）。',
  netPlain: '沒有正規化',
  netBn: '批次正規化',
  netLn: '層正規化',
  netNetworkName: '網路（{name}）',
  netLnNote:
    '層正規化對每一筆資料，在同一層的單元上做正規化：同批次的資料不會互相影響，沒有移動平均，訓練與推論完全相同。',
  netLoss: '訓練過程中全部資料的損失（對數刻度）',
  netDiverged: '已發散',
  netColNetwork: '網路',
  netColParams: '參數個數',
  netColFinal: '最後的損失',
  netColStable: '最大的穩定學習率',
  netStableBetween: '介於 {lo} 與 {hi} 之間',
  netStableNone: '沒有：格點上沒有任何學習率訓練得起來',
  netStableBetweenFrom: '介於 {lo} 與 {hi} 之間（從 {from} 起訓練得起來；更小的學習率收斂緩慢）',
  netStableAtLeast: '至少 {lo}',
  netStableAtLeastFrom: '至少 {lo}（從 {from} 起訓練得起來；更小的學習率收斂緩慢）',
  netStableGrid:
    '在 {from} 到 {to} 之間的 {count} 個學習率上搜尋（每十倍 {perDecade} 個），每個從同一個起點訓練 {steps} 步。穩定的意思是訓練得起來：從不發散（損失不會變成無法計算的值，也不會爆炸），而且最後的損失低於第一個損失的 {half}%。從第一個訓練得起來的學習率到下限，每個都訓練得起來；上限是下一個學習率，也就是第一個訓練不起來的。',
  netStuck: '卡住',
  netStuckLabel: '{name}（卡住）',
  netStuckNote:
    '卡住：最後的損失仍在起始損失或常數猜測（{guess}：對每個輸入都預測各類別的比例）兩者中較低者的 {within}% 以內。這個網路沒有學到任何常數猜測給不了的東西。',
  netStatusTrained: '已訓練',
  netStatusSlow: '損失還沒降到一半',
  netSmoothTitle:
    '沿梯度方向損失如何變化（Santurkar 等人 2018）：在固定的 64 筆資料上，走 η·g 步，η 為學習率的 0.25、0.5、1、2 倍。越低越平滑。',
  netMeasureLossRange: '沿梯度方向的損失範圍',
  netMeasureGradient: '梯度的可預測性：‖∇L(θ − ηg) − ∇L(θ)‖',
  netMeasureBeta: '有效 β 平滑度：‖∇L(θ − ηg) − ∇L(θ)‖ / ‖ηg‖',
  netMeasureReading:
    '訓練過程的中位數：沒有正規化 {plain}，批次正規化 {bn}（{ratio}），層正規化 {ln}。',
  netTimesSmaller: '小 {x} 倍',
  netTimesLarger: '大 {x} 倍',
  netSame: '相同',
  netNotMeaningful: '{value}（卡住：沒有意義）',
  netSmoothStuck:
    '對{names}沒有意義：它卡在起點，曲線量的是一個沒有訓練起來的網路周圍的錯誤曲面，而不是正規化對訓練的影響。',
  netSmoothAll: '解讀：有批次正規化時，三個量都顯示錯誤曲面沿梯度方向更平滑。',
  netSmoothSome:
    '解讀：有批次正規化時，只有 {count} 個量顯示錯誤曲面明顯更平滑（小了五分之一以上）。',
  netSmoothNone:
    '解讀：批次正規化沒有讓這個錯誤曲面沿梯度方向更平滑：三個量都沒有明顯變小（小五分之一以上）。',
  netIcsTitle:
    '內部共變量偏移（Ioffe 與 Szegedy 2015，圖 1）：訓練過程中，一個隱藏單元輸入值（最後一層隱藏層的第一個單元，全部資料）的第 15、50、85 百分位數。',
  netIcsReading:
    '它的中位數最多移動了：沒有正規化 {plain}，批次正規化 {bn}，層正規化 {ln}；15–85% 的範圍，沒有正規化從 {plainStart} 變成 {plainEnd}，批次正規化從 {bnStart} 變成 {bnEnd}。',
  netLegendMedian: '實線：50%（中位數）',
  netLegendBand: '虛線：15% 與 85%',
  netIcsNote:
    'Santurkar 等人認為，批次正規化有幫助並不是因為減少了這種偏移：請和上面的平滑程度比較。',
  netPathTitle:
    '錯誤曲面上的訓練路徑，畫在路徑兩個主成分方向 d1、d2 構成的平面上（對路徑做主成分分析，Li 等人 2018 第 7 節）。隨機平面畫不出路徑：在這麼高的維度裡，路徑幾乎和任何隨機方向垂直。',
  netExplained: 'd1 與 d2 分別包含路徑 {d1}% 與 {d2}% 的變異。',
  netLossScale: '損失 {lo} … {hi}，{scale}色階',
  netScaleLog: '對數',
  netScaleLinear: '線性',
  netCoarse: '先顯示 11 × 11 的粗略預覽，正在細化…',
  netPathStart: '起點',
  netPathEnd: '終點',
  netPlaneAxes:
    'α 與 β 軸沿著 d1 與 d2，也就是訓練路徑的前兩個主成分方向（主成分分析），分別占路徑變異的 {d1}% 與 {d2}%；路徑終點在 α = β = 0。',
  netLandscapeOf: '錯誤曲面與訓練路徑：{name}',
  netBatchTitle:
    '批次大小：μ_B 有多雜亂，以及訓練模式（批次統計量）與推論模式（移動平均）之間的差距；對象是訓練好的批次正規化網路，每種大小各取 64 個小批次。',
  netColBatch: '批次大小 m',
  netColSpread: 'μ_B 的離散程度',
  netColExpected: 'σ/√m',
  netColTrain: '損失（批次統計量）',
  netColInference: '損失（移動平均）',
  netColGap: '差距',
  netBatchLn: '層正規化在同樣的批次上：最大差距 {gap}（沒有任何東西依賴批次）。',
  netError: '訓練失敗：{message}',
  netShowMain: '在主要 3D 檢視中顯示',
};
