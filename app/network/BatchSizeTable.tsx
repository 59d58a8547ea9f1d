import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { LabNetwork } from '../workers/run-network.ts';

/**
 * The trained batch-norm network with statistics from mini-batches of 2, 8 and 64: μ_B's spread
 * beside σ/√m, and the loss with batch statistics beside the loss with running averages; layer
 * norm's largest gap on the same batches below it.
 */
export function BatchSizeTable({ bn, ln }: { bn: LabNetwork; ln?: LabNetwork }) {
  const t = useT();
  const f = (x: number) => formatNumber(x, 3);
  const lnGap = ln?.batchSizes.length
    ? Math.max(...ln.batchSizes.map((r) => Math.abs(r.trainLoss - r.inferenceLoss)))
    : null;
  return (
    <section className="net-section" aria-labelledby="net-batch-heading">
      <h3 id="net-batch-heading">{t('netBatchTitle')}</h3>
      <table className="net-table" data-testid="net-batch-table">
        <thead>
          <tr>
            <th scope="col">{t('netColBatch')}</th>
            <th scope="col">{t('netColSpread')}</th>
            <th scope="col">{t('netColExpected')}</th>
            <th scope="col">{t('netColTrain')}</th>
            <th scope="col">{t('netColInference')}</th>
            <th scope="col">{t('netColGap')}</th>
          </tr>
        </thead>
        <tbody>
          {bn.batchSizes.map((r) => (
            <tr key={r.batchSize}>
              <th scope="row">{r.batchSize}</th>
              <td>{f(r.meanSpread)}</td>
              <td>{f(r.wholeSd / Math.sqrt(r.batchSize))}</td>
              <td>{f(r.trainLoss)}</td>
              <td>{f(r.inferenceLoss)}</td>
              <td>{f(r.trainLoss - r.inferenceLoss)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lnGap !== null ? (
        <p className="net-note" data-testid="net-batch-ln">
          {t('netBatchLn', { gap: formatNumber(lnGap, 2) })}
        </p>
      ) : null}
    </section>
  );
}
