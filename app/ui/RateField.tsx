import { useEffect, useState } from 'react';
import { formatNumber } from './format.ts';
import { useT } from '../lab/react/use-t.tsx';

/** Parses a typed learning rate: a finite number in (0, 1e6], else null. */
export function parseRate(text: string): number | null {
  const x = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(x) && x > 0 && x <= 1e6 ? x : null;
}

/**
 * A learning-rate text field: commits on Enter or blur; text that is not a positive number is
 * refused with a message and the field goes back to the current rate.
 */
export function RateField({
  id,
  rate,
  onCommit,
  label,
}: {
  id: string;
  rate: number;
  onCommit: (rate: number) => void;
  label?: string;
}) {
  const t = useT();
  const [text, setText] = useState(formatNumber(rate, 4));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatNumber(rate, 4)), [rate]);
  const commit = (raw: string) => {
    const x = parseRate(raw);
    if (x === null) {
      setError(t('learningRateInvalid', { value: raw, current: formatNumber(rate) }));
      setText(formatNumber(rate, 4));
      return;
    }
    setError(null);
    onCommit(x);
  };
  return (
    <>
      <input
        id={id}
        className="number"
        type="text"
        inputMode="decimal"
        value={text}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
      />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
