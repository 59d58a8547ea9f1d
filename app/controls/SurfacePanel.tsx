import {
  learningRatePresets,
  surfaceInfo,
  type Experiment,
  type Problem,
} from '../../src/index.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { BatchNormControl } from './BatchNormControl.tsx';
import { ScalingControl } from './ScalingControl.tsx';
import { SurfaceSelect } from './SurfaceSelect.tsx';

/**
 * The lecture's comparison (docs/domain.md §1.4): raw and standardized features side by side at
 * one learning rate, the standardized surface's "about right" 1/λ_max (rounded), far above the raw
 * surface's stability limit: it diverges there and converges in a few steps here.
 */
/** What the comparison shows: the raw run diverges, the standardized one converges. */
const ONE_RATE_INTENT = [
  { pane: 'raw', run: 0, does: 'diverges' },
  { pane: 'standardized', run: 0, does: 'converges' },
] as const;

function oneRateComparison(
  e: Experiment,
  problemFor: (e: Experiment) => Problem,
): Partial<Experiment> {
  const standardized = problemFor({ ...e, scaling: 'standardize', batchNorm: false });
  const rate = Number(learningRatePresets(standardized).aboutRight.toPrecision(2));
  return {
    panes: 'compare',
    scaling: 'none',
    batchNorm: false,
    optimizer: 'gd',
    learningRate: rate,
    extraRuns: [],
    start: null,
  };
}

/** Surface or data set, feature scaling, and batch normalization. */
export function SurfacePanel() {
  const t = useT();
  const language = useLanguage();
  const e = useLab((s) => s.experiment);
  const problem = useProblem();
  const lab = useLabApi();
  const data = surfaceInfo(e.surface).data;
  return (
    <section className="card" aria-labelledby="surface-heading">
      <h2 id="surface-heading">{t('sectionSurface')}</h2>
      <SurfaceSelect />
      <ScalingControl />
      <BatchNormControl />
      {data ? (
        <div className="field">
          <button
            type="button"
            data-testid="compare-one-rate"
            title={t('compareOneRateHint')}
            onClick={() =>
              lab.change(oneRateComparison(e, lab.problemFor), { intent: ONE_RATE_INTENT })
            }
          >
            {t('compareOneRate')}
          </button>
        </div>
      ) : null}
      {!data ? (
        <p className="hint">{t('scalingOnlyData')}</p>
      ) : problem?.data ? (
        <p className="hint">
          {t('dataSource', { source: localized(problem.data.data.source, language) })}
        </p>
      ) : null}
    </section>
  );
}
