import { parseUserDataRef, type IgnoredParam, type UserDataRef } from '../../src/index.ts';

/** A link's reference to data too large for it: what it names, and the link's own `data` value. */
export interface DataReference {
  ref: UserDataRef;
  param: string;
}

/**
 * The reference to data too large for a link, among a link's ignored values (its `data` value
 * names them), removed from `ignored` (it is not an error); null when the link has none.
 */
export function takeDataReference(ignored: IgnoredParam[]): DataReference | null {
  const at = ignored.findIndex((p) => p.key === 'data' && parseUserDataRef(p.value));
  if (at < 0) return null;
  const param = ignored[at]!.value;
  ignored.splice(at, 1);
  return { ref: parseUserDataRef(param)!, param };
}
