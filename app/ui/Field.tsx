import { useId, type ReactNode } from 'react';

/** A labelled control: the label is tied to the control for screen readers. */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  hint?: ReactNode;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}

/**
 * A select over fixed options with translated labels. A value outside them (a link's network
 * steps, say) is shown as an option of its own, so the control always shows the value in use.
 */
export function Select<T extends string>({
  id,
  value,
  options,
  onChange,
}: {
  id: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  const shown = options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: value }];
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
