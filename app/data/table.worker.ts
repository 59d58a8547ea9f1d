/// <reference lib="webworker" />
// Reads the user's CSV/TSV (a file, streamed, or pasted text) with Papa Parse off the main thread,
// reporting progress; the numbers go back without a copy (their buffers are transferred).
import { parseTableFile, parseTableText } from './parse-table.ts';
import type { TableReply, TableRequest } from './table-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<TableRequest>) => {
  const { id, source } = event.data;
  let last = 0;
  const onProgress = (done: number, total: number) => {
    // At most about a hundred progress messages.
    if (done - last < total / 100 && done < total) return;
    last = done;
    scope.postMessage({ id, type: 'progress', done, total } satisfies TableReply);
  };
  try {
    const result =
      source.kind === 'file'
        ? await parseTableFile(source.file, onProgress)
        : parseTableText(source.text, source.name, onProgress);
    const buffers = result.ok
      ? result.table.columns.flatMap((c) => (c.values ? [c.values.buffer] : []))
      : [];
    scope.postMessage({ id, type: 'done', result } satisfies TableReply, buffers);
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: String(error) } satisfies TableReply);
  }
};
