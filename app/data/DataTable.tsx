import { fieldText, outsideText, USER_SURFACE, type ColumnChoice } from '../../src/index.ts';
import { count, dataMessageText } from './data-messages.ts';
import { chooseUserColumns, forgetUserData } from './user-data-actions.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field } from '../ui/Field.tsx';
import './data.css';

/** Longest file or column name a label shows (sanitized, like every text from outside). */
const LABEL_MAX = 80;

/**
 * The table read (its name and size), the columns picked in it, what was noticed about them, and
 * whether a link carries the data; nothing before a table is read.
 */
export function DataTable() {
  const lab = useLabApi();
  const t = useT();
  const language = useLanguage();
  const table = useLab((s) => s.userTable);
  const choice = useLab((s) => s.userChoice);
  const issue = useLab((s) => s.dataIssue);
  const notes = useLab((s) => s.dataNotes);
  const kept = useLab((s) => s.dataKept);
  const e = useLab((s) => s.experiment);
  if (!table) return null;
  const numeric = table.columns.filter((c) => c.numeric);
  const shown = e.surface === USER_SURFACE && e.userData !== null;
  const link = shown ? fieldText(e, 'userData') : '';
  const pick = (k: 0 | 1 | 2, name: string) => {
    const next = [...(choice ?? ['', '', ''])] as [string, string, string];
    next[k] = name;
    chooseUserColumns(lab, next as ColumnChoice);
  };
  return (
    <>
      <p className="data-file">
        <strong>{outsideText(table.name, LABEL_MAX)}</strong> ·{' '}
        {t('dataRows', { rows: count(table.rows) })}
      </p>
      {(['dataFeature1', 'dataFeature2', 'dataTarget'] as const).map((label, k) => (
        <Field key={label} label={t(label)}>
          {(id) => (
            <select
              id={id}
              value={choice?.[k] ?? ''}
              data-testid={`data-column-${k}`}
              onChange={(ev) => pick(k as 0 | 1 | 2, ev.target.value)}
            >
              {numeric.map((c) => (
                <option key={c.name} value={c.name}>
                  {outsideText(c.name, LABEL_MAX)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      {!shown && choice && !issue ? (
        <button type="button" className="primary" onClick={() => chooseUserColumns(lab, choice)}>
          {t('dataShow')}
        </button>
      ) : null}
      {notes.length > 0 ? (
        <ul className="data-notes" data-testid="data-notes">
          {notes.map((n, k) => (
            <li key={k} data-code={n.code}>
              {dataMessageText(n, language)}
            </li>
          ))}
        </ul>
      ) : null}
      {shown ? (
        <p className="hint" data-testid="data-link">
          {link.startsWith('d1.')
            ? t('dataLinkCarries', { size: count(link.length) })
            : t('dataLinkReference')}
        </p>
      ) : null}
      {kept ? (
        <p className="hint">
          {kept.ok ? t('dataKept') : t('dataNotKept', { reason: outsideText(kept.reason, 160) })}
        </p>
      ) : null}
      <button type="button" className="small" onClick={() => void forgetUserData(lab)}>
        {t('dataForget')}
      </button>
    </>
  );
}
