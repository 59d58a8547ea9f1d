import { parseUserDataRef, type IgnoredParam, type UserDataRef } from '../../src/index.ts';

/**
 * The reference to data too large for a link, among a link's ignored values (its `data` value
 * names them), removed from `ignored` (it is not an error); null when the link has none.
 */
export function takeDataReference(ignored: IgnoredParam[]): UserDataRef | null {
  const at = ignored.findIndex((p) => p.key === 'data' && parseUserDataRef(p.value));
  if (at < 0) return null;
  const ref = parseUserDataRef(ignored[at]!.value)!;
  ignored.splice(at, 1);
  return ref;
}
