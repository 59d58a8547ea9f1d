import {
  chooseColumns,
  tableOfUserData,
  USER_SURFACE,
  withDefaultChoice,
  type ColumnChoice,
  type Experiment,
  type TableResult,
  type UserData,
  type UserDataRef,
  type UserTable,
} from '../../src/index.ts';
import type { LabStore } from '../store/lab-store.ts';
import type { DataReference } from './data-reference.ts';
import { forgetTables, recentTables, saveChoice, saveTable } from './table-store.ts';

// What the data panel and a link opened do with the user's data. A table or a choice of columns
// that cannot be used changes nothing but the message: the experiment on screen stays.

/** Shows the user's data on their surface (a new surface: its own start and automatic rate). */
const show = (store: LabStore, data: UserData) =>
  store.getState().setExperiment({ surface: USER_SURFACE, userData: data });

const keep = (store: LabStore, saving: Promise<void>) =>
  saving.then(
    () => store.setState({ dataKept: { ok: true } }),
    (error: unknown) => store.setState({ dataKept: { ok: false, reason: String(error) } }),
  );

/**
 * A table has been read (or refused): refused, only the message changes; read, it becomes the
 * panel's table with the default columns, shown when they can be used, and kept in this browser.
 * A link waiting for these data opens instead.
 */
export function acceptTable(store: LabStore, result: TableResult): void {
  if (!result.ok) {
    store.setState({ dataIssue: result.issue });
    return;
  }
  const { table, notes } = result;
  const pending = store.getState().pendingDataLink;
  const linked = pending ? chooseColumns(table, pending.ref.columns) : null;
  if (pending && linked?.ok && linked.data.id === pending.ref.id) {
    store.setState({ pendingDataLink: null, userTable: table, userChoice: pending.ref.columns });
    store.setState({ dataIssue: null, dataNotes: [...notes, ...linked.notes] });
    store
      .getState()
      .openExperiment({ ...pending.patch, surface: USER_SURFACE, userData: linked.data });
    store.getState().dismissNotice('data-link');
    void keep(store, saveTable(table, pending.ref.columns));
    return;
  }
  const { choice, result: chosen } = withDefaultChoice(table);
  store.setState({
    userTable: table,
    userChoice: choice,
    dataIssue: chosen.ok ? null : chosen.issue,
    dataNotes: chosen.ok ? [...notes, ...chosen.notes] : notes,
  });
  if (chosen.ok) show(store, chosen.data);
  void keep(store, saveTable(table, choice));
}

/** Picks other columns of the panel's table: shown when they can be used, else only said why not. */
export function chooseUserColumns(store: LabStore, choice: ColumnChoice): void {
  const table = store.getState().userTable;
  if (!table) return;
  const chosen = chooseColumns(table, choice);
  const { dataNotes } = store.getState();
  const read = dataNotes.filter((n) => n.code === 'read' || n.code === 'renamed');
  store.setState({
    userChoice: choice,
    dataIssue: chosen.ok ? null : chosen.issue,
    dataNotes: chosen.ok ? [...read, ...chosen.notes] : read,
  });
  if (!chosen.ok) return;
  show(store, chosen.data);
  void saveChoice(table, choice).catch(() => {});
}

/** Finds data a link names among the tables kept in this browser. */
async function findKept(ref: UserDataRef): Promise<{ table: UserTable; data: UserData } | null> {
  for (const { table } of await recentTables()) {
    const chosen = chooseColumns(table, ref.columns);
    if (chosen.ok && chosen.data.id === ref.id) return { table, data: chosen.data };
  }
  return null;
}

/**
 * On opening the page: the table kept last (or the one that holds the data on screen) becomes the
 * panel's table; with the data of a link, a table of just those columns.
 */
export async function restoreUserTable(store: LabStore): Promise<void> {
  let kept: Awaited<ReturnType<typeof recentTables>> = [];
  try {
    kept = await recentTables();
    store.setState({ dataKept: kept.length > 0 ? { ok: true } : null });
  } catch (error) {
    store.setState({ dataKept: { ok: false, reason: String(error) } });
  }
  const s = store.getState();
  if (s.userTable) return;
  const data = s.experiment.userData;
  if (data) {
    const own = kept.find((k) => {
      const chosen = chooseColumns(k.table, data.columns);
      return chosen.ok && chosen.data.id === data.id;
    });
    store.setState({ userTable: own?.table ?? tableOfUserData(data), userChoice: data.columns });
  } else if (kept[0]) store.setState({ userTable: kept[0].table, userChoice: kept[0].choice });
}

/**
 * A link whose data were too large to carry names them (its `data` value is a reference, see
 * takeDataReference): they are looked for in this browser and shown when found, with the link's
 * `patch`; otherwise the page says which file it needs, and reading that file later opens the link.
 */
export function openReferencedData(
  store: LabStore,
  reference: DataReference,
  patch: Partial<Experiment>,
): Promise<void> {
  const { ref, param } = reference;
  return findKept(ref)
    .catch(() => null)
    .then((found) => {
      if (found) {
        store.setState({ userTable: found.table, userChoice: ref.columns });
        store.getState().openExperiment({ ...patch, surface: USER_SURFACE, userData: found.data });
        return;
      }
      store.setState({ pendingDataLink: { ref, patch, param } });
      store.getState().addNotice({
        id: 'data-link',
        key: 'dataLinkNeedsFile',
        vars: {
          name: ref.fileName,
          rows: ref.rows.toLocaleString('en-US'),
          columns: `${ref.columns[0]}, ${ref.columns[1]} → ${ref.columns[2]}`,
        },
        tone: 'warning',
      });
    });
}

/** Forgets the user's data: the tables kept in this browser, the panel's table, and the surface. */
export async function forgetUserData(store: LabStore): Promise<void> {
  if (store.getState().experiment.surface === USER_SURFACE)
    store.getState().setExperiment({ surface: 'lecture' });
  store.setState({
    userTable: null,
    userChoice: null,
    dataIssue: null,
    dataNotes: [],
    dataKept: null,
  });
  await forgetTables().catch(() => {});
}
