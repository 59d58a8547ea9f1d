import { formatNumber } from '../ui/format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import './charts.css';

/** With batch normalization: this mini-batch's μ_B and σ_B beside the whole data's and the running averages. */
export function BatchStatsPanel() {
  const t = useT();
  const language = useLanguage();
  const batch = useLab((s) => s.summary.batch);
  const problem = useProblem();
  const mode = useLab((s) => s.experiment.batchNormMode);
  if (!problem?.batchNorm || !problem.data) return null;
  const names = problem.data.data.featureNames;
  return (
    <section className="card" aria-labelledby="batch-heading" data-testid="batch-stats">
      <h2 id="batch-heading">{t('sectionBatch')}</h2>
      <p className="hint">{mode === 'train' ? t('batchSurfaceNote') : t('inferenceNote')}</p>
      {batch ? (
        <table className="stats">
          <thead>
            <tr>
              <th scope="col">{t('feature')}</th>
              <th scope="col">{t('batchMean')}</th>
              <th scope="col">{t('dataMean')}</th>
              <th scope="col">{t('runningMean')}</th>
              <th scope="col">{t('batchStd')}</th>
              <th scope="col">{t('dataStd')}</th>
              <th scope="col">{t('runningStd')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.map((f, k) => (
              <tr key={k}>
                <th scope="row">{localized(names[k]!, language)}</th>
                <td>{formatNumber(f.batchMean)}</td>
                <td>{formatNumber(f.dataMean)}</td>
                <td>{formatNumber(f.runningMean)}</td>
                <td>{formatNumber(f.batchStd)}</td>
                <td>{formatNumber(f.dataStd)}</td>
                <td>{formatNumber(f.runningStd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('chartEmpty')}</p>
      )}
    </section>
  );
}
