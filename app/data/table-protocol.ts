import type { TableResult } from '../../src/index.ts';

/** What is read: a file (streamed), or text (pasted). */
export type TableSource =
  { kind: 'file'; file: File } | { kind: 'text'; text: string; name: string };

/** Asks the worker to read a table. */
export interface TableRequest {
  id: number;
  source: TableSource;
}

export type TableReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: TableResult }
  | { id: number; type: 'error'; message: string };
