import Papa from 'papaparse';
import {
  createTableBuilder,
  fileSizeIssue,
  sniffBytes,
  sniffText,
  type TableBuilder,
  type TableResult,
} from '../../src/index.ts';

/** Reports progress: characters (or bytes) read so far of `total`. */
export type ParseProgress = (done: number, total: number) => void;

/** Papa Parse settings shared by text and files: delimiter guessed among these, blank lines skipped. */
const CONFIG = {
  delimitersToGuess: [',', '\t', ';', '|'],
  skipEmptyLines: 'greedy' as const,
  // Chunks of 1 MiB: progress about every 40,000 rows, and memory for one chunk's strings only.
  chunkSize: 1 << 20,
};

const feed =
  (builder: TableBuilder, total: number, onProgress?: ParseProgress) =>
  (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
    // A table refused on its way (too many columns or cells) is not read any further.
    if (!builder.add(results.data, results.meta.delimiter)) parser.abort();
    else onProgress?.(Math.min(results.meta.cursor, total), total);
  };

/**
 * Reads CSV/TSV text into a table with Papa Parse, chunk by chunk, synchronously (in a worker, a
 * test or the benchmark). Text that is not text (NUL bytes, control characters) is refused first.
 */
export function parseTableText(
  text: string,
  name: string,
  onProgress?: ParseProgress,
): TableResult {
  const bad = sniffText(text, name);
  if (bad) return { ok: false, issue: bad };
  const builder = createTableBuilder();
  // With a string, Papa Parse delivers every chunk before it returns.
  Papa.parse<string[]>(text, {
    ...CONFIG,
    chunk: feed(builder, text.length, onProgress),
    complete: () => {},
  });
  return builder.finish(name);
}

/**
 * Reads a file into a table, streaming it through Papa Parse a chunk at a time (so only the
 * numbers are kept, never the whole text). Refused before reading: an empty file, one over
 * MAX_FILE_BYTES, and one whose first 64 KiB are not text (binary, UTF-16).
 */
export async function parseTableFile(file: File, onProgress?: ParseProgress): Promise<TableResult> {
  const tooBig = fileSizeIssue(file.size, file.name);
  if (tooBig) return { ok: false, issue: tooBig };
  const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
  const bad = sniffBytes(head, file.name);
  if (bad) return { ok: false, issue: bad };
  const builder = createTableBuilder();
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      ...CONFIG,
      chunk: feed(builder, file.size, onProgress),
      complete: () => resolve(builder.finish(file.name)),
      error: (error) => reject(error),
    });
  });
}
