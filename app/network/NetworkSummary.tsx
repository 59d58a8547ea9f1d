import { NORMALIZATIONS, STUCK_WITHIN, TRAINS_BELOW, type Normalization } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { LabNetwork } from '../workers/run-network.ts';
import { NETWORK_STYLE } from './network-style.ts';
import { networkLabel, perDecade, stableText } from './readings.ts';
import { SeriesChart } from './SeriesChart.tsx';

/**
 * The three networks side by side: parameters, final loss and the largest stable rate with the
 * grid it was searched on; their whole-data loss over training below.
 */
export function NetworkSummary({
  networks,
}: {
  networks: Partial<Record<Normalization, LabNetwork>>;
}) {
  const t = useT();
  const present = NORMALIZATIONS.filter((n) => networks[n]);
  const first = networks[present[0]!];
  const f = (x: number) => formatNumber(x, 3);
  const stuck = present.filter((n) => networks[n]!.stuck);
  return (
    <section className="net-section">
      <table className="net-table" data-testid="net-summary">
        <thead>
          <tr>
            <th scope="col">{t('netColNetwork')}</th>
            <th scope="col">{t('netColParams')}</th>
            <th scope="col">{t('netColFinal')}</th>
            <th scope="col">{t('netColStable')}</th>
          </tr>
        </thead>
        <tbody>
          {present.map((n) => {
            const net = networks[n]!;
            const s = stableText(net.stable);
            return (
              <tr key={n} data-testid={`net-row-${n}`}>
                <th scope="row">
                  <span className="dot" style={{ background: NETWORK_STYLE[n].color }} />{' '}
                  {t(NETWORK_STYLE[n].name)}
                </th>
                <td>{net.parameters}</td>
                <td data-testid={`net-final-${n}`} data-stuck={String(net.stuck)}>
                  {f(net.losses.at(-1)!)}
                  {net.diverged ? ` · ${t('netDiverged')}` : ''}
                  {net.stuck ? ` · ${t('netStuck')}` : ''}
                </td>
                <td data-testid={`net-stable-${n}`}>
                  {t(s.key, { lo: f(s.lo), hi: f(s.hi), from: f(s.from) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {first ? (
        <p className="net-note" data-testid="net-stable-grid">
          {t('netStableGrid', {
            count: first.stable.rates.length,
            from: f(first.stable.rates[0]!),
            to: f(first.stable.rates.at(-1)!),
            perDecade: perDecade(first.stable.rates),
            steps: first.stable.steps,
            half: Math.round(100 * TRAINS_BELOW),
          })}
        </p>
      ) : null}
      {first && stuck.length > 0 ? (
        <p className="net-note" data-testid="net-stuck-note">
          {t('netStuckNote', {
            within: Math.round(100 * (1 - STUCK_WITHIN)),
            guess: f(networks[stuck[0]!]!.guess),
          })}
        </p>
      ) : null}
      <figure className="net-figure">
        <figcaption>{t('netLoss')}</figcaption>
        <SeriesChart
          xs={first?.recordedAt ?? []}
          log
          yLabel=""
          label={t('netLoss')}
          testId="net-loss-chart"
          series={present.map((n) => ({
            label: networkLabel(t, NETWORK_STYLE[n].name, networks[n]!),
            color: NETWORK_STYLE[n].color,
            ys: networks[n]!.losses,
          }))}
        />
      </figure>
    </section>
  );
}
