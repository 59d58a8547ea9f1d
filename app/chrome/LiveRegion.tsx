import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { STATUS_KEYS } from '../ui/status-label.ts';

/** Announces status changes (converged, diverged, …) politely to screen readers; adds a notice on divergence. */
export function LiveRegion() {
  const lab = useLabApi();
  const t = useT();
  const status = useLab((s) => s.summary.status);
  const [message, setMessage] = useState('');
  const previous = useRef(status);
  useEffect(() => {
    if (status === previous.current) return;
    previous.current = status;
    const { summary, addNotice, dismissNotice } = lab.store.getState();
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
    if (status === 'diverged')
      addNotice({
        id: 'diverged',
        key: 'divergedNotice',
        vars: { step: summary.step },
        tone: 'warning',
      });
  }, [status, t, lab]);
  return (
    <div className="sr-only" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
