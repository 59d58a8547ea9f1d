import type { StateCreator } from 'zustand/vanilla';
import type {
  ColumnChoice,
  DataIssue,
  DataNote,
  Experiment,
  UserDataRef,
  UserTable,
} from '../../../src/index.ts';
import type { LabState } from './lab-store.ts';

/** The user's own data as the data panel shows them (the experiment holds the chosen columns). */
export interface DataSlice {
  /** The table read last (every numeric column), so that other columns can be picked. */
  userTable: UserTable | null;
  /** The columns picked in it (feature 1, feature 2, target), shown even when they were refused. */
  userChoice: ColumnChoice | null;
  /** Why the last table read or the last columns picked could not be used (the experiment stayed). */
  dataIssue: DataIssue | null;
  /** What was noticed about the data in use: what was read, rows left out, collinear features. */
  dataNotes: DataNote[];
  /** Whether the table is kept in this browser for the next visit (null: not known yet), or why not. */
  dataKept: { ok: true } | { ok: false; reason: string } | null;
  /**
   * A link whose data are not here: what it names, the rest of its experiment, and its `data` value
   * as written (kept in the page's URL while the data are awaited, so a reload or a copied link
   * still names them).
   */
  pendingDataLink: { ref: UserDataRef; patch: Partial<Experiment>; param: string } | null;
}

export const createDataSlice: StateCreator<LabState, [], [], DataSlice> = () => ({
  userTable: null,
  userChoice: null,
  dataIssue: null,
  dataNotes: [],
  dataKept: null,
  pendingDataLink: null,
});
