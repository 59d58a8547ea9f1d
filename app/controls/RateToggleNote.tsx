import { useEffect, useState } from 'react';
import type { ChangeDecision } from '../../src/index.ts';
import { formatDistinct, formatNumber } from '../ui/format.ts';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { useT } from '../lab/react/use-t.tsx';

/** The rate part of a feature toggle's decision, with every number known. */
interface ToggleRate {
  decision: ChangeDecision['rate']['decision'];
  before: number;
  after: number;
  aboutRight: number;
}

/** The rate decision of a feature toggle, or null for any other change. */
function toggleRate(d: ChangeDecision | null): ToggleRate | null {
  const { decision, before, after, aboutRight } = d?.rate ?? {};
  if (!d?.featuresToggled || before == null || after == null || aboutRight == null) return null;
  return { decision: decision!, before, after, aboutRight };
}

/**
 * After a change of feature scaling or batch normalization, says what the change decided for η
 * (the lab's record of it, not a guess from the before and after): kept ("same η = …") or
 * re-chosen ("η changed from … to …"), and offers the other choice when it is another number.
 * It stays until a later change sets η.
 */
export function RateToggleNote() {
  const t = useT();
  const lab = useLabApi();
  const lastChange = useLab((s) => s.lastChange);
  const [rate, setRate] = useState<ToggleRate | null>(null);
  useEffect(() => {
    const toggled = toggleRate(lastChange);
    if (toggled) setRate(toggled);
    else if (lastChange && lastChange.rate.decision !== 'unchanged') setRate(null);
  }, [lastChange]);
  if (!rate) return null;
  const same = rate.before === rate.after;
  const [from, to] = formatDistinct(rate.before, rate.after);
  const [now, other] = formatDistinct(rate.after, rate.aboutRight);
  let text: string;
  let offer: { label: string; patch: Parameters<typeof lab.change>[0] } | null = null;
  if (same && rate.after === rate.aboutRight) text = t('rateSameAsAboutRight', { rate: now });
  else if (same) {
    text = t('rateKept', { rate: now });
    offer = {
      label: t('rateUseAboutRight', { rate: other }),
      patch: { learningRate: rate.aboutRight, learningRateOnToggle: 'best' },
    };
  } else {
    text = t('rateChanged', { from, to });
    offer = {
      label: t('rateKeepInstead', { rate: from }),
      patch: { learningRate: rate.before, learningRateOnToggle: 'keep' },
    };
  }
  return (
    <div
      className="rate-note"
      role="status"
      data-testid="rate-note"
      data-kept={same}
      data-decision={rate.decision}
      data-rate={formatNumber(rate.after, 12)}
    >
      <p>{text}</p>
      {offer ? (
        <button type="button" className="small" onClick={() => lab.change(offer.patch)}>
          {offer.label}
        </button>
      ) : null}
    </div>
  );
}
