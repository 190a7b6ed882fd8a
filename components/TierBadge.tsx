import type { Tier } from '@/lib/classify/types';

const LABEL: Record<Tier, string> = { auto: 'Automatic', review: 'Needs review', manual: 'Manual' };

/** The tier as a coloured pill; colour is never the only signal (the label says it too). */
export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span className={`tier tier-${tier}`} data-testid="tier">
      {LABEL[tier]}
    </span>
  );
}
