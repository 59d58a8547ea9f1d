import { useMemo, useState } from 'react';
import {
  batchPoints,
  normalizedValueAcrossBatches,
  trainInferenceLosses,
} from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useDriver } from '../lab/react/driver-context.tsx';
import { usePanes } from '../lab/react/use-panes.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { ScatterPlot } from './ScatterPlot.tsx';
import { Tex } from '../ui/Tex.tsx';
import './charts.css';

const DRAWS = 12;
const tex = (x: number) => formatNumber(x, 4).replace(/e(-?\d+)/, '\\times 10^{$1}');

/**
 * Batch normalization up close (docs/domain.md §1.5): the current mini-batch before and after
 * normalization, the formulas with this batch's numbers, batch against whole-data and running
 * statistics, the train/inference loss gap, and the coupling of examples within a batch.
 */
export function BatchNormPanel() {
  const problem = usePanes()[0]!.problem;
  // Only a batch-normalized data surface has it: elsewhere the summary (which changes several
  // times a second while playing) is not even read.
  return problem.data && problem.batchNorm ? <BatchNormUpClose /> : null;
}

function BatchNormUpClose() {
  const t = useT();
  const language = useLanguage();
  const driver = useDriver();
  const pane = usePanes()[0]!;
  const summary = useLab((s) => s.summary);
  const batchSize = useLab((s) => s.experiment.batchSize);
  const [coupling, setCoupling] = useState({ index: 0, seed: 1 });
  const problem = pane.problem;
  const data = problem.data?.data;
  const settings = problem.batchNorm;
  const runner = driver.panes[0]?.runners[0];
  const batch = runner?.lastBatch ?? null;
  const allPoints = useMemo(() => {
    if (!data) return null;
    // At most about 2,000 points in grey behind the batch: a large data set is drawn thinned.
    const stride = Math.max(1, Math.ceil(data.y.length / 2000));
    const m = Math.ceil(data.y.length / stride);
    const xy = new Float64Array(2 * m);
    for (let k = 0; k < m; k++) {
      xy[2 * k] = data.x1[k * stride]!;
      xy[2 * k + 1] = data.x2[k * stride]!;
    }
    return xy;
  }, [data]);
  const moves = useMemo(
    () =>
      data && settings
        ? normalizedValueAcrossBatches(
            data.x2,
            coupling.index % data.y.length,
            batchSize,
            DRAWS,
            coupling.seed,
            settings.epsilon,
          )
        : [],
    [data, settings, coupling, batchSize],
  );
  if (!data || !settings || !allPoints) return null;
  const eps = settings.epsilon;
  const names = data.featureNames;
  const points = batch ? batchPoints(data, batch.indices, eps) : null;
  const gap =
    batch && runner?.batchNormLayer
      ? trainInferenceLosses(batch, runner.batchNormLayer.running, settings, summary.w1, summary.w2)
      : null;
  return (
    <section className="card" aria-labelledby="bn-heading" data-testid="bn-panel">
      <h2 id="bn-heading">{t('bnUpClose')}</h2>
      {batchSize === 1 ? (
        <p className="warning" data-testid="bn-batch-one">
          {t('bnBatchOne')}
        </p>
      ) : null}
      {batch ? (
        <>
          <p className="hint">{t('bnFormulaNote')}</p>
          <div className="formulas" data-testid="bn-formulas">
            {([0, 1] as const).map((k) => {
              const mean = batch.raw.meanX[k];
              const variance = k === 0 ? batch.raw.sxx.a : batch.raw.sxx.c;
              return (
                <div key={k}>
                  <span className="muted">{localized(names[k], language)}</span>
                  <Tex
                    label={`x hat = (x − ${formatNumber(mean)}) / sqrt(${formatNumber(variance)} + ${eps})`}
                    tex={`\\hat x_${k + 1} = \\frac{x_${k + 1} - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}} = \\frac{x_${k + 1} - ${tex(mean)}}{\\sqrt{${tex(variance)} + ${tex(eps)}}},\\quad y_${k + 1} = \\gamma \\hat x_${k + 1} + \\beta`}
                  />
                </div>
              );
            })}
          </div>
          <div className="scatters">
            <figure>
              <figcaption>{t('bnScatterRaw')}</figcaption>
              <ScatterPlot
                points={points!.raw}
                background={allPoints}
                label={t('bnScatterRaw')}
                testId="bn-scatter-raw"
              />
            </figure>
            <figure>
              <figcaption>{t('bnScatterNormalized')}</figcaption>
              <ScatterPlot
                points={points!.normalized}
                label={t('bnScatterNormalized')}
                testId="bn-scatter-normalized"
              />
            </figure>
          </div>
          {gap ? (
            <p data-testid="bn-gap">
              {t('bnGap', {
                train: formatNumber(gap.train),
                inference: formatNumber(gap.inference),
                gap: formatNumber(gap.inference - gap.train),
              })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="hint">{t('chartEmpty')}</p>
      )}
      <h3>{t('bnCoupling', { index: coupling.index % data.y.length, draws: DRAWS })}</h3>
      <p className="coupling" data-testid="bn-coupling">
        {localized(names[1], language)}: x = {formatNumber(data.x2[coupling.index % data.y.length])}{' '}
        → x̂ = {moves.map((v) => formatNumber(v, 3)).join(', ')}
      </p>
      <p className="hint">{t('bnCouplingNote')}</p>
      <div className="buttons">
        <button
          type="button"
          onClick={() => setCoupling((c) => ({ ...c, seed: c.seed + 1 }))}
          data-testid="bn-resample"
        >
          {t('bnResample')}
        </button>
        <button
          type="button"
          onClick={() => setCoupling((c) => ({ index: c.index + 37, seed: c.seed + 1 }))}
        >
          {t('bnPickOther')}
        </button>
      </div>
    </section>
  );
}
