import { useMemo } from 'react';
import type { Problem } from '../../src/index.ts';
import { useLab } from '../store/store.ts';
import { problemFor } from './problem-cache.ts';

/** The problem of the experiment's own setting (what the controls refer to), from the shared cache. */
export function useProblem(): Problem {
  const experiment = useLab((s) => s.experiment);
  return useMemo(() => problemFor(experiment), [experiment]);
}
