import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { STATUS_KEYS } from '../ui/status-label.ts';

/**
 * Announces status changes (converged, diverged, …) politely to screen readers; adds a notice on
 * divergence: advice to lower η, or — where the scene or comparison on screen means the run to
 * diverge (the lab's `intent`) — why it does.
 */
export function LiveRegion() {
  const lab = useLabApi();
  const t = useT();
  const status = useLab((s) => s.summary.status);
  const [message, setMessage] = useState('');
  const previous = useRef(status);
  useEffect(() => {
    if (status === previous.current) return;
    previous.current = status;
    const { summary, addNotice, dismissNotice, intent } = lab.store.getState();
    if (status === 'ready') {
      dismissNotice('diverged');
      return;
    }
    setMessage(
      t('announceStatus', {
        status: t(STATUS_KEYS[status]),
        step: summary.step,
        loss: formatNumber(summary.loss),
      }),
    );
    if (status !== 'diverged') return;
    const pane = lab.driver.panes[0]!;
    const intended = intent.some((i) => i.pane === pane.id && i.run === 0 && i.does === 'diverges');
    addNotice(
      intended
        ? {
            id: 'diverged',
            key: 'divergedIntended',
            vars: {
              step: summary.step,
              rate: formatNumber(pane.runners[0]!.params.learningRate),
              limit: formatNumber(pane.problem.stabilityLimit),
            },
            tone: 'info',
          }
        : { id: 'diverged', key: 'divergedNotice', vars: { step: summary.step }, tone: 'warning' },
    );
  }, [status, t, lab]);
  return (
    <div className="sr-only" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
