import { formatNumber } from '../ui/format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import type { SurfaceOverlay } from '../lab/store/ui-slice.ts';
import { phaseText } from '../ui/status-label.ts';
import './chrome.css';

/**
 * Step, loss, gradient norm, weights and status, from the driver's throttled summary; while the
 * main view shows a network's slice in place of the experiment, that network's steps, final loss,
 * where its path ends on the plane and whether it trained, said to be the network's.
 */
export function Readouts() {
  const t = useT();
  const s = useLab((st) => st.summary);
  const run = useLab((st) => st.overlay?.run);
  if (run) return <NetworkReadouts run={run} />;
  return (
    <dl className="readouts" aria-label={t('sectionRun')} data-source="experiment">
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

/** The readouts of the network whose slice the main view shows (the lecture run is hidden). */
function NetworkReadouts({ run }: { run: NonNullable<SurfaceOverlay['run']> }) {
  const t = useT();
  const language = useLanguage();
  const name = localized(run.name, language);
  return (
    <dl className="readouts" aria-label={t('readoutOf', { name })} data-source="network">
      <div>
        <dt>{t('readoutSteps')}</dt>
        <dd data-testid="readout-step">{run.steps}</dd>
      </div>
      <div>
        <dt>{t('readoutFinalLoss')}</dt>
        <dd data-testid="readout-loss">{formatNumber(run.loss, 5)}</dd>
      </div>
      <div className="readout-detail">
        <dt>{run.coordinates[0]}</dt>
        <dd data-testid="readout-w1">{formatNumber(run.position[0], 5)}</dd>
      </div>
      <div className="readout-detail">
        <dt>{run.coordinates[1]}</dt>
        <dd data-testid="readout-w2">{formatNumber(run.position[1], 5)}</dd>
      </div>
      <div>
        <dt>{t('status')}</dt>
        <dd
          data-testid="readout-status"
          data-status={run.tone}
          className={`status status-${run.tone}`}
        >
          {localized(run.status, language)}
        </dd>
      </div>
      <div className="readout-phase readout-source">
        <dt>{t('readoutShown')}</dt>
        <dd data-testid="readout-source">{t('readoutOf', { name })}</dd>
      </div>
    </dl>
  );
}
