import { useSyncExternalStore } from 'react';
import { translate } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { waitingUpdate } from '../offline/register.ts';
import { useLab } from '../lab/react/use-lab.tsx';
import './chrome.css';

/**
 * Messages about ignored link values, missing WebGL, divergence (each can be dismissed), and a new
 * version waiting to be loaded ("Reload").
 */
export function Notices() {
  const t = useT();
  const language = useLanguage();
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  const update = useSyncExternalStore(waitingUpdate.subscribe, waitingUpdate.get);
  if (notices.length === 0 && !update) return null;
  return (
    <div className="notices">
      {update ? (
        <div className="notice notice-info" role="status" data-testid="update-notice">
          <span>{t('updateAvailable')}</span>
          <button type="button" className="small" onClick={update} data-testid="update-reload">
            {t('updateReload')}
          </button>
        </div>
      ) : null}
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.tone}`}
          role={n.tone === 'warning' ? 'alert' : 'status'}
          data-testid={`notice-${n.id}`}
        >
          <span title={translate(language, n.key, n.vars)}>
            {translate(language, n.key, n.vars)}
          </span>
          <button
            type="button"
            className="small"
            onClick={() => dismiss(n.id)}
            aria-label={t('dismiss')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
