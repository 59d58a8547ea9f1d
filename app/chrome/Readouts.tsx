import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { phaseText } from '../ui/status-label.ts';
import './chrome.css';

/** Step, loss, gradient norm, weights and status, from the driver's throttled summary. */
export function Readouts() {
  const t = useT();
  const s = useLab((st) => st.summary);
  return (
    <dl className="readouts" aria-label={t('sectionRun')}>
      <div>
        <dt>{t('step_')}</dt>
        <dd data-testid="readout-step">{s.step}</dd>
      </div>
      <div>
        <dt>{t('loss')}</dt>
        <dd data-testid="readout-loss">{formatNumber(s.loss, 5)}</dd>
      </div>
      <div className="readout-detail">
        <dt>{t('gradientNorm')}</dt>
        <dd>{formatNumber(s.gradientNorm, 4)}</dd>
      </div>
      <div className="readout-detail">
        <dt>w1</dt>
        <dd data-testid="readout-w1">{formatNumber(s.w1, 5)}</dd>
      </div>
      <div className="readout-detail">
        <dt>w2</dt>
        <dd data-testid="readout-w2">{formatNumber(s.w2, 5)}</dd>
      </div>
      <div className="readout-phase">
        <dt>{t('status')}</dt>
        <dd
          data-testid="readout-status"
          data-status={s.status}
          data-previous={s.previous?.status}
          className={`status status-${s.status}`}
          title={s.status === 'too-slow' ? t('countBasis') : undefined}
        >
          {phaseText(t, s)}
        </dd>
      </div>
    </dl>
  );
}
