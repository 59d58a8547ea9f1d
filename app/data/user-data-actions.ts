import {
  chooseColumns,
  outsideText,
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
import type { Lab } from '../lab/lab.ts';
import type { DataReference } from '../lab/data-reference.ts';
import {
  forgetTables,
  readKeptTables,
  recentTables,
  saveChoice,
  saveTable,
} from './table-store.ts';

// What the data panel and a link opened do with the user's data. A table or a choice of columns
// that cannot be used changes nothing but the message: the experiment on screen stays.

/** Shows the user's data on their surface (a new surface: its own start and automatic rate). */
const show = (lab: Lab, data: UserData) => lab.change({ surface: USER_SURFACE, userData: data });

const keep = (lab: Lab, saving: Promise<void>) =>
  saving.then(
    () => lab.store.setState({ dataKept: { ok: true } }),
    (error: unknown) => lab.store.setState({ dataKept: { ok: false, reason: String(error) } }),
  );

/**
 * A table has been read (or refused): refused, only the message changes; read, it becomes the
 * panel's table with the default columns, shown when they can be used, and kept in this browser.
 * A link waiting for these data opens instead.
 */
export function acceptTable(lab: Lab, result: TableResult): void {
  if (!result.ok) {
    lab.store.setState({ dataIssue: result.issue });
    return;
  }
  const { table, notes } = result;
  const pending = lab.store.getState().pendingDataLink;
  const linked = pending ? chooseColumns(table, pending.ref.columns) : null;
  if (pending && linked?.ok && linked.data.id === pending.ref.id) {
    lab.store.setState({
      pendingDataLink: null,
      userTable: table,
      userChoice: pending.ref.columns,
    });
    lab.store.setState({ dataIssue: null, dataNotes: [...notes, ...linked.notes] });
    lab.open({ ...pending.patch, surface: USER_SURFACE, userData: linked.data });
    lab.store.getState().dismissNotice('data-link');
    void keep(lab, saveTable(table, pending.ref.columns));
    return;
  }
  const { choice, result: chosen } = withDefaultChoice(table);
  lab.store.setState({
    userTable: table,
    userChoice: choice,
    dataIssue: chosen.ok ? null : chosen.issue,
    dataNotes: chosen.ok ? [...notes, ...chosen.notes] : notes,
  });
  if (chosen.ok) show(lab, chosen.data);
  void keep(lab, saveTable(table, choice));
}

/** Picks other columns of the panel's table: shown when they can be used, else only said why not. */
export function chooseUserColumns(lab: Lab, choice: ColumnChoice): void {
  const table = lab.store.getState().userTable;
  if (!table) return;
  const chosen = chooseColumns(table, choice);
  const { dataNotes } = lab.store.getState();
  const read = dataNotes.filter(
    (n) =>
      n.code === 'read' ||
      n.code === 'renamed' ||
      n.code === 'renamed-many' ||
      n.code === 'not-utf8',
  );
  lab.store.setState({
    userChoice: choice,
    dataIssue: chosen.ok ? null : chosen.issue,
    dataNotes: chosen.ok ? [...read, ...chosen.notes] : read,
  });
  if (!chosen.ok) return;
  show(lab, chosen.data);
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
export async function restoreUserTable(lab: Lab): Promise<void> {
  let kept: Awaited<ReturnType<typeof recentTables>> = [];
  try {
    const read = await readKeptTables();
    kept = read.tables;
    lab.store.setState({ dataKept: kept.length > 0 ? { ok: true } : null });
    if (read.dropped > 0)
      lab.store.getState().addNotice({
        id: 'data-kept-dropped',
        key: 'dataKeptDropped',
        vars: { count: read.dropped },
        tone: 'warning',
      });
  } catch (error) {
    lab.store.setState({ dataKept: { ok: false, reason: String(error) } });
  }
  const s = lab.store.getState();
  if (s.userTable) return;
  const data = s.experiment.userData;
  if (data) {
    const own = kept.find((k) => {
      const chosen = chooseColumns(k.table, data.columns);
      return chosen.ok && chosen.data.id === data.id;
    });
    lab.store.setState({
      userTable: own?.table ?? tableOfUserData(data),
      userChoice: data.columns,
    });
  } else if (kept[0]) lab.store.setState({ userTable: kept[0].table, userChoice: kept[0].choice });
}

/**
 * A link whose data were too large to carry names them (its `data` value is a reference, see
 * takeDataReference): they are looked for in this browser and shown when found, with the link's
 * `patch`; otherwise the page says which file it needs, and reading that file later opens the link.
 */
export function openReferencedData(
  lab: Lab,
  reference: DataReference,
  patch: Partial<Experiment>,
): Promise<void> {
  const { ref, param } = reference;
  return findKept(ref)
    .catch(() => null)
    .then((found) => {
      if (found) {
        lab.store.setState({ userTable: found.table, userChoice: ref.columns });
        lab.open({ ...patch, surface: USER_SURFACE, userData: found.data });
        return;
      }
      lab.store.setState({ pendingDataLink: { ref, patch, param } });
      lab.store.getState().addNotice({
        id: 'data-link',
        key: 'dataLinkNeedsFile',
        vars: {
          // The link's own names: sanitized and cut like every text from outside.
          name: outsideText(ref.fileName),
          rows: ref.rows.toLocaleString('en-US'),
          columns: `${outsideText(ref.columns[0])}, ${outsideText(ref.columns[1])} → ${outsideText(ref.columns[2])}`,
        },
        tone: 'warning',
      });
    });
}

/** Forgets the user's data: the tables kept in this browser, the panel's table, and the surface. */
export async function forgetUserData(lab: Lab): Promise<void> {
  if (lab.store.getState().experiment.surface === USER_SURFACE) lab.change({ surface: 'lecture' });
  lab.store.setState({
    userTable: null,
    userChoice: null,
    dataIssue: null,
    dataNotes: [],
    dataKept: null,
  });
  await forgetTables().catch(() => {});
}
