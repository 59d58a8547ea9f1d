import type { LocalizedText } from '../text.ts';

/** A regression data set with two features x1, x2 and a target y, one entry per example. */
export interface Dataset {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Where the data comes from, to credit in the app. */
  source: LocalizedText;
  featureNames: readonly [LocalizedText, LocalizedText];
  targetName: LocalizedText;
  /**
   * A model to start from, in raw weights (w1, w2), that shows the data's surface well; under a
   * feature scaling it is mapped to the same model (w̃ = w·s). Default (0, 0).
   */
  start?: readonly [number, number];
  x1: Float64Array;
  x2: Float64Array;
  y: Float64Array;
}
