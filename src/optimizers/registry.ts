import type { LocalizedText } from '../text.ts';
import { adagradStep } from './adagrad.ts';
import { adamStep } from './adam.ts';
import { gradientDescentStep } from './gradient-descent.ts';
import { momentumStep } from './momentum.ts';
import { nesterovStep } from './nesterov.ts';
import type { OptimizerId, OptimizerParams, StepFunction } from './optimizer.ts';
import { rmspropStep } from './rmsprop.ts';

/** What the app needs to know about an optimizer: its step, its name, and which settings it reads. */
export interface OptimizerInfo {
  id: OptimizerId;
  step: StepFunction;
  name: LocalizedText;
  /** Uses a mini-batch gradient rather than the full-batch one. */
  stochastic: boolean;
  /** Scales each weight's step by its own gradient history (moves each weight by about η a step). */
  adaptive: boolean;
  /**
   * Steps along −η∇L and carries nothing from one step to the next: on a quadratic surface its run
   * is known in closed form (`gradientDescentStepsOnQuadratic`).
   */
  plain: boolean;
  params: readonly (keyof OptimizerParams)[];
}

export const OPTIMIZERS: Readonly<Record<OptimizerId, OptimizerInfo>> = {
  gd: {
    id: 'gd',
    adaptive: false,
    plain: true,
    step: gradientDescentStep,
    stochastic: false,
    params: ['learningRate'],
    name: { en: 'Gradient descent', 'zh-TW': '梯度下降' },
  },
  sgd: {
    id: 'sgd',
    adaptive: false,
    plain: true,
    step: gradientDescentStep,
    stochastic: true,
    params: ['learningRate'],
    name: { en: 'Mini-batch SGD', 'zh-TW': '小批次隨機梯度下降' },
  },
  momentum: {
    id: 'momentum',
    adaptive: false,
    plain: false,
    step: momentumStep,
    stochastic: false,
    params: ['learningRate', 'momentum'],
    name: { en: 'Momentum', 'zh-TW': '動量' },
  },
  nesterov: {
    id: 'nesterov',
    adaptive: false,
    plain: false,
    step: nesterovStep,
    stochastic: false,
    params: ['learningRate', 'momentum'],
    name: { en: 'Nesterov momentum', 'zh-TW': 'Nesterov 動量' },
  },
  adagrad: {
    id: 'adagrad',
    adaptive: true,
    plain: false,
    step: adagradStep,
    stochastic: false,
    params: ['learningRate', 'epsilon'],
    name: { en: 'AdaGrad', 'zh-TW': 'AdaGrad' },
  },
  rmsprop: {
    id: 'rmsprop',
    adaptive: true,
    plain: false,
    step: rmspropStep,
    stochastic: false,
    params: ['learningRate', 'rho', 'epsilon'],
    name: { en: 'RMSProp', 'zh-TW': 'RMSProp' },
  },
  adam: {
    id: 'adam',
    adaptive: true,
    plain: false,
    step: adamStep,
    stochastic: false,
    params: ['learningRate', 'beta1', 'beta2', 'epsilon'],
    name: { en: 'Adam', 'zh-TW': 'Adam' },
  },
};
