import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/i18n.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import './chrome.css';

const KEYS: [string, MessageKey][] = [
  ['Space', 'keySpace'],
  ['→', 'keyRight'],
  ['R', 'keyR'],
  ['N / P · PageDown / PageUp', 'keyNP'],
  ['1 – 9', 'keyDigits'],
  ['F', 'keyF'],
  ['?', 'keyHelp'],
];

/** The keyboard shortcuts, as a dialog (Escape or ? closes it). */
export function HelpOverlay() {
  const t = useT();
  const open = useLab((s) => s.helpOpen);
  const setOpen = useLab((s) => s.setHelpOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" role="presentation" onClick={() => setOpen(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-heading"
        onClick={(e) => e.stopPropagation()}
        data-testid="help-overlay"
      >
        <h2 id="help-heading">{t('helpTitle')}</h2>
        <dl className="keys">
          {KEYS.map(([key, label]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" onClick={() => setOpen(false)}>
          {t('helpClose')}
        </button>
      </div>
    </div>
  );
}
