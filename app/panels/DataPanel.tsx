import { useCallback, useEffect, useRef, useState } from 'react';
import {
  fieldText,
  fileSizeIssue,
  USER_SURFACE,
  type ColumnChoice,
  type TableResult,
} from '../../src/index.ts';
import { count, dataMessageText } from '../data/data-messages.ts';
import {
  acceptTable,
  chooseUserColumns,
  forgetUserData,
  restoreUserTable,
} from '../data/user-data-actions.ts';
import { translate } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { runTableParse } from '../workers/run-table-parse.ts';
import type { TableSource } from '../workers/table-protocol.ts';
import { useWorkerJob } from '../workers/use-worker-job.ts';
import { Field } from './Field.tsx';
import { JobProgress } from './JobStatus.tsx';
import { useFileDrop } from './use-file-drop.ts';

const ACCEPT = '.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain';

/**
 * The user's own data: paste, drop or choose a CSV/TSV file (read in a worker, with progress), pick
 * two features and a target, and see why anything that cannot be used was refused.
 */
export function DataPanel() {
  const t = useT();
  const language = useLanguage();
  const table = useLab((s) => s.userTable);
  const choice = useLab((s) => s.userChoice);
  const issue = useLab((s) => s.dataIssue);
  const notes = useLab((s) => s.dataNotes);
  const kept = useLab((s) => s.dataKept);
  const e = useLab((s) => s.experiment);
  const [reading, setReading] = useState('');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const describeError = useCallback(
    (reason: string) => translate(language, 'dataIssueUnreadable', { name: reading, reason }),
    [language, reading],
  );
  const job = useWorkerJob<{ result: TableResult }>(describeError);

  useEffect(() => {
    void restoreUserTable(useLab);
  }, []);

  const { start } = job;
  const read = useCallback(
    (source: TableSource) => {
      const name = source.kind === 'file' ? source.file.name : source.name;
      const tooBig = source.kind === 'file' ? fileSizeIssue(source.file.size, name) : null;
      if (tooBig) {
        useLab.setState({ dataIssue: tooBig });
        return;
      }
      setReading(name);
      useLab.setState({ dataIssue: null });
      start(
        (onProgress) => runTableParse(source, onProgress),
        ({ result }) => acceptTable(useLab, result),
      );
    },
    [start],
  );
  const dragging = useFileDrop((file) => read({ kind: 'file', file }));

  const numeric = table?.columns.filter((c) => c.numeric) ?? [];
  const shown = e.surface === USER_SURFACE && e.userData !== null;
  const link = shown ? fieldText(e, 'userData') : '';
  const pick = (k: 0 | 1 | 2, name: string) => {
    const next = [...(choice ?? ['', '', ''])] as [string, string, string];
    next[k] = name;
    chooseUserColumns(useLab, next as ColumnChoice);
  };

  return (
    <section
      className={dragging ? 'card data-panel dragging' : 'card data-panel'}
      aria-labelledby="data-heading"
      data-testid="data-panel"
    >
      <h2 id="data-heading">{t('sectionData')}</h2>
      <p className="hint">{t('dataIntro')}</p>
      <div className="data-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('dataChooseFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="data-file"
          onChange={(ev) => {
            const file = ev.target.files?.[0];
            ev.target.value = '';
            if (file) read({ kind: 'file', file });
          }}
        />
        <button type="button" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          {t('dataPaste')}
        </button>
      </div>
      {pasting ? (
        <>
          <Field label={t('dataPasteLabel')}>
            {(id) => (
              <textarea
                id={id}
                rows={5}
                spellCheck={false}
                value={pasted}
                data-testid="data-paste"
                onChange={(ev) => setPasted(ev.target.value)}
              />
            )}
          </Field>
          <button
            type="button"
            className="primary"
            disabled={pasted.trim() === '' || job.progress !== null}
            onClick={() => read({ kind: 'text', text: pasted, name: t('dataPastedName') })}
          >
            {t('dataPasteUse')}
          </button>
        </>
      ) : null}
      <JobProgress
        progress={job.progress}
        error={job.error}
        text={t('dataReading', { name: reading })}
        testId="data"
      />
      {job.progress ? (
        <button type="button" className="small" onClick={job.cancel}>
          {t('dataCancel')}
        </button>
      ) : null}
      {issue ? (
        <p className="error" role="alert" data-testid="data-issue" data-code={issue.code}>
          {dataMessageText(issue, language)}
        </p>
      ) : null}
      {table ? (
        <>
          <p className="data-file">
            <strong>{table.name}</strong> · {t('dataRows', { rows: count(table.rows) })}
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
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          {!shown && choice && !issue ? (
            <button
              type="button"
              className="primary"
              onClick={() => chooseUserColumns(useLab, choice)}
            >
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
              {kept.ok ? t('dataKept') : t('dataNotKept', { reason: kept.reason })}
            </p>
          ) : null}
          <button type="button" className="small" onClick={() => void forgetUserData(useLab)}>
            {t('dataForget')}
          </button>
        </>
      ) : null}
      {dragging ? <div className="drop-overlay">{t('dataDropHere')}</div> : null}
    </section>
  );
}
