import { translate } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';

/** Messages about ignored link values, missing WebGL, divergence; each can be dismissed. */
export function Notices() {
  const t = useT();
  const language = useLanguage();
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.tone}`}
          role={n.tone === 'warning' ? 'alert' : 'status'}
          data-testid={`notice-${n.id}`}
        >
          <span>{translate(language, n.key, n.vars)}</span>
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
