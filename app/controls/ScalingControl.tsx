import { surfaceInfo, type Experiment, type FeatureScaling } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { conditionNumberText } from '../ui/condition-number.ts';
import { RateToggleNote } from './RateToggleNote.tsx';

/** What standardizing leaves and whitening removes: ρ of the features and the standardized κ. */
function WhiteningHint({ e }: { e: Experiment }) {
  const t = useT();
  const { problemFor } = useLabApi();
  const standardized = problemFor({ ...e, scaling: 'standardize', batchNorm: false });
  const rho = standardized.data?.stats.sxx.b;
  if (rho === undefined) return null;
  return (
    <p className="hint" data-testid="whitening-hint">
      {t('whiteningHint', {
        rho: rho.toFixed(2),
        standardized: conditionNumberText(standardized.curvature, t('undefinedValue')),
      })}
    </p>
  );
}

/** Feature scaling (data surfaces only), what it did to η, and what whitening adds. */
export function ScalingControl() {
  const lab = useLabApi();
  const t = useT();
  const e = useLab((s) => s.experiment);
  const data = surfaceInfo(e.surface).data;
  return (
    <>
      <fieldset className="radio-row" disabled={!data}>
        <legend>{t('scaling')}</legend>
        {(
          [
            ['none', 'scalingNone'],
            ['standardize', 'scalingStandardize'],
            ['min-max', 'scalingMinMax'],
            ['whiten', 'scalingWhiten'],
          ] as const
        ).map(([value, key]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="scaling"
              value={value}
              checked={e.scaling === value}
              onChange={() => lab.change({ scaling: value as FeatureScaling })}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      {data ? <WhiteningHint e={e} /> : null}
      <RateToggleNote />
    </>
  );
}
