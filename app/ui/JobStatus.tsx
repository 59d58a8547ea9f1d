import { useT } from '../lab/react/use-t.tsx';

/** A worker job's start / cancel button. */
export function JobButton({
  running,
  label,
  onStart,
  onCancel,
  testId,
}: {
  running: boolean;
  label: string;
  onStart: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const t = useT();
  return running ? (
    <button type="button" onClick={onCancel} data-testid={`${testId}-cancel`}>
      {t('sweepCancel')}
    </button>
  ) : (
    <button type="button" className="primary" onClick={onStart} data-testid={`${testId}-run`}>
      {label}
    </button>
  );
}

/** A worker job's progress bar (with its text) and error, when there are any. */
export function JobProgress({
  progress,
  error,
  text,
  testId,
}: {
  progress: { done: number; total: number } | null;
  error: string | null;
  text: string;
  testId: string;
}) {
  return (
    <>
      {progress ? (
        <div className="progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-label={text}
            data-testid={`${testId}-progress`}
          />
          <span>{text}</span>
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
