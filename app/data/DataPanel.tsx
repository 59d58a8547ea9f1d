import { useCallback, useEffect, useRef, useState } from 'react';
import { fileSizeIssue, type TableResult } from '../../src/index.ts';
import { dataMessageText } from './data-messages.ts';
import { acceptTable, restoreUserTable } from './user-data-actions.ts';
import { translate } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { runTableParse } from './run-table-parse.ts';
import type { TableSource } from './table-protocol.ts';
import { useWorkerJob } from '../workers/use-worker-job.tsx';
import { DataTable } from './DataTable.tsx';
import { DataPanelBoundary } from './DataPanelBoundary.tsx';
import { Field } from '../ui/Field.tsx';
import { JobProgress } from '../ui/JobStatus.tsx';
import { useFileDrop } from './use-file-drop.tsx';
import './data.css';

const ACCEPT = '.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain';

/**
 * The user's own data: paste, drop or choose a CSV/TSV file (read in a worker, with progress), pick
 * two features and a target, and see why anything that cannot be used was refused. Should anything
 * in it fail, the panel says so and still offers to forget the data (DataPanelBoundary).
 */
export function DataPanel() {
  return (
    <DataPanelBoundary>
      <DataPanelContent />
    </DataPanelBoundary>
  );
}

function DataPanelContent() {
  const lab = useLabApi();
  const t = useT();
  const language = useLanguage();
  const issue = useLab((s) => s.dataIssue);
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
    void restoreUserTable(lab);
  }, [lab]);

  const { start } = job;
  const read = useCallback(
    (source: TableSource) => {
      const name = source.kind === 'file' ? source.file.name : source.name;
      const tooBig = source.kind === 'file' ? fileSizeIssue(source.file.size, name) : null;
      if (tooBig) {
        lab.store.setState({ dataIssue: tooBig });
        return;
      }
      setReading(name);
      lab.store.setState({ dataIssue: null });
      start(
        (onProgress) => runTableParse(source, onProgress),
        ({ result }) => acceptTable(lab, result),
      );
    },
    [start, lab],
  );
  const dragging = useFileDrop((file) => read({ kind: 'file', file }));

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
      <DataTable />
      {dragging ? <div className="drop-overlay">{t('dataDropHere')}</div> : null}
    </section>
  );
}
