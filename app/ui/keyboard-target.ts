/**
 * Whether a key pressed on `target` belongs to the control itself rather than to the page's
 * shortcuts: while typing in a text field, using a select, a slider, a checkbox or a radio button
 * (their own keys: letters, digits, arrows, Space, Page keys). Buttons and links do not keep
 * their keys: after any click on them every shortcut still works.
 */
export function keyBelongsToControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

/** Whether Space on `target` would activate it (a button, link or summary): the page takes Space instead. */
export function spaceWouldActivate(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"]') !== null
  );
}
