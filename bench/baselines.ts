// The benchmarks' previous figures, kept in bench/baselines.json (keyed by bench, then figure) and
// printed beside each new figure so a slowdown shows. A run only prints them; with
// BENCH_WRITE_BASELINES=1 it also writes the figures it measured back to the file (figures it did
// not measure this time, e.g. a viewport left out with BENCH_SIZES, keep their old values).
// docs/performance.md says what each figure is and under what load it was measured.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('./baselines.json', import.meta.url);

type Entry = {
  /** When and from which commit the figures were last written. */
  measured: string;
  figures: Record<string, string>;
};

const read = (): Record<string, Entry> =>
  JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Entry>;

/** The commit measured: its short hash, with "+ changes" when the worktree has uncommitted edits. */
function commit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: new URL('..', import.meta.url), encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + changes' : ''}`;
  } catch {
    return 'unknown commit';
  }
}

export type Baselines = {
  /** The figure's value from the file, or "—" when it has none yet. */
  previous(figure: string): string;
  /** This run's value of a figure, as it should appear next time beside the new one. */
  record(figure: string, value: string): void;
  /** With BENCH_WRITE_BASELINES=1, writes the recorded figures to the file; else says how to. */
  save(): void;
};

/** The baselines of one benchmark (`bench` is its key in bench/baselines.json). */
export function baselines(bench: string): Baselines {
  const before = read()[bench]?.figures ?? {};
  const now: Record<string, string> = {};
  return {
    previous: (figure) => before[figure] ?? '—',
    record: (figure, value) => {
      now[figure] = value;
    },
    save() {
      if (Object.keys(now).length === 0) return;
      if (process.env.BENCH_WRITE_BASELINES !== '1') {
        console.log(
          `\n(Previous figures: bench/baselines.json, "${bench}". BENCH_WRITE_BASELINES=1 writes this run's figures there.)`,
        );
        return;
      }
      const file = read();
      file[bench] = {
        measured: `${new Date().toISOString().slice(0, 10)}, ${commit()}`,
        figures: { ...file[bench]?.figures, ...now },
      };
      writeFileSync(FILE, `${JSON.stringify(file, null, 2)}\n`);
      console.log(
        `\n(Wrote ${Object.keys(now).length} figures to bench/baselines.json, "${bench}".)`,
      );
    },
  };
}
