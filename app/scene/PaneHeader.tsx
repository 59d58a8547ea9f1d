import { conditionNumberText } from '../ui/condition-number.ts';
import { PANE_NAMES } from '../ui/pane-names.ts';
import { useT } from '../lab/react/use-t.tsx';
import { STATUS_KEYS } from '../ui/status-label.ts';
import type { Pane } from '../lab/engine/pane.ts';
import { runColor } from '../ui/run-colors.ts';
import { useLab } from '../lab/react/use-lab.tsx';

/** A side-by-side pane's name, condition number, and each run's steps to converge (or status). */
export function PaneHeader({ pane, index }: { pane: Pane; index: number }) {
  const t = useT();
  const runs = useLab((s) => s.runs[index]);
  const theme = useLab((s) => s.theme);
  return (
    <div className="pane-header" data-testid={`pane-${pane.id}`}>
      <strong>{t(PANE_NAMES[pane.id])}</strong>
      <span>
        κ ={' '}
        <span data-testid={`pane-${pane.id}-kappa`}>
          {conditionNumberText(pane.problem.curvature, t('undefinedValue'))}
        </span>
      </span>
      <ul className="pane-runs">
        {(runs ?? []).map((r, k) => (
          <li key={k} data-testid={`pane-${pane.id}-run-${k}`} data-status={r.status}>
            <span
              className="swatch"
              style={{ background: runColor(theme, k) }}
              aria-hidden="true"
            />
            {r.convergedAt !== null
              ? t('convergedAt', { n: r.convergedAt })
              : `${t(STATUS_KEYS[r.status])} · ${r.step}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
