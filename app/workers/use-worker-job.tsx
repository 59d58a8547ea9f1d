import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkerJob } from './worker-job.ts';

/**
 * Runs one web-worker job at a time for a panel: its progress, its error, start (cancelling any
 * job still running) and cancel. The job is cancelled when the panel goes away.
 */
export function useWorkerJob<T>(describeError: (reason: string) => string) {
  const job = useRef<WorkerJob<T> | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => job.current?.cancel(), []);

  const start = useCallback(
    (
      launch: (onProgress: (done: number, total: number) => void) => WorkerJob<T>,
      onDone: (result: T) => void,
    ) => {
      job.current?.cancel();
      setError(null);
      setProgress({ done: 0, total: 1 });
      const current = (job.current = launch((done, total) => setProgress({ done, total })));
      current.done.then(
        (result) => {
          if (job.current !== current) return;
          job.current = null;
          setProgress(null);
          onDone(result);
        },
        (reason: unknown) => {
          if (job.current !== current) return;
          job.current = null;
          setProgress(null);
          if (!String(reason).includes('cancelled')) setError(describeError(String(reason)));
        },
      );
    },
    [describeError],
  );

  const cancel = useCallback(() => {
    const current = job.current;
    job.current = null;
    current?.cancel();
    setProgress(null);
  }, []);

  return { progress, error, start, cancel };
}
