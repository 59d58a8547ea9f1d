import { useMemo } from 'react';
import type { Problem } from '../../../src/index.ts';
import { useLab, useLabApi } from './use-lab.tsx';

/** The problem of the experiment's own setting (what the controls refer to), from the lab's cache. */
export function useProblem(): Problem {
  const { problemFor } = useLabApi();
  const experiment = useLab((s) => s.experiment);
  return useMemo(() => problemFor(experiment), [problemFor, experiment]);
}
