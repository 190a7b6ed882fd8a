import type { ClassifyResult, Tier } from '../classify/types';

/**
 * What the badge shows: waiting for the engine, a classification, or a failure the user should know about.
 * A plain type: the result arrives through the messaging layer, which has already parsed it with
 * ClassifyResultSchema, and keeping zod out of the badge keeps the content script small.
 */
export type BadgeState =
  { kind: 'pending' } | { kind: 'result'; result: ClassifyResult } | { kind: 'error'; message: string };

export interface BadgeView {
  /** Short text on the badge itself. */
  label: string;
  tier?: Tier;
  /** Accessible name of the button: the label plus what the colour means, so colour is never the only cue. */
  ariaLabel: string;
  heading: string;
  reasons: string[];
}

/** "39241090" → "3924.10.90"; HS codes are read and typed with dots after the heading and subheading. */
export function formatCode(code: string): string {
  const digits = code.replace(/\D/g, '');
  return [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6)]
    .filter((part) => part.length > 0)
    .join('.');
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

const TIER_TEXT: Record<Tier, string> = {
  auto: 'confident',
  review: 'needs review',
  manual: 'needs a human decision',
};

function reasonsOf(result: ClassifyResult): string[] {
  const { levels } = result;
  const national = levels.national === undefined ? '' : `, national ${percent(levels.national)}`;
  const reasons = [
    `Confidence ${percent(result.confidence)} (HS4 ${percent(levels.hs4)}, HS6 ${percent(levels.hs6)}${national})`,
  ];
  for (const flag of result.flags) {
    const where = flag.countries.length > 0 ? ` [${flag.countries.join(', ')}]` : '';
    reasons.push(`Flag ${flag.effect}: “${flag.keyword}” — ${flag.reason}${where}`);
  }
  for (const conflict of result.conflicts) {
    const codes = conflict.rulings.map((r) => `${r.country} ${formatCode(r.code)}`).join(' vs ');
    reasons.push(
      `${conflict.severity === 'info' ? 'Note' : 'Conflict'} at ${conflict.level.toUpperCase()}: ${codes}`,
    );
  }
  for (const lint of result.lint) reasons.push(`Description: ${lint.message}`);
  for (const cap of result.capped) reasons.push(`Held back (${cap.kind}): ${cap.detail}`);
  if (result.tier === 'manual') {
    for (const candidate of result.candidates.slice(0, 3)) {
      reasons.push(
        `Lead: ${formatCode(candidate.code)} (${percent(candidate.confidence)}, ${candidate.source})`,
      );
    }
  }
  return reasons;
}

/**
 * The badge's text from the state. A manual-tier result shows no code on the badge, because a code that looks
 * like an answer is exactly the "wrong code that looks right" ClearLane must not produce; leads go in the panel.
 */
export function describeBadge(state: BadgeState): BadgeView {
  if (state.kind === 'pending') {
    return { label: 'HS …', ariaLabel: 'ClearLane: classifying', heading: 'Classifying…', reasons: [] };
  }
  if (state.kind === 'error') {
    return {
      label: 'HS !',
      ariaLabel: 'ClearLane: error',
      heading: 'Could not classify',
      reasons: [state.message],
    };
  }
  const { result } = state;
  const best = result.code ?? result.hs6 ?? result.candidates[0]?.code;
  const shown = result.tier !== 'manual' && best ? formatCode(best) : undefined;
  const label = shown ? `HS ${shown}` : 'HS ?';
  const suggestion = result.tier === 'review' && shown ? 'Suggested' : 'HS code';
  return {
    label,
    tier: result.tier,
    ariaLabel: `ClearLane: ${label}, ${TIER_TEXT[result.tier]}`,
    heading: shown
      ? `${suggestion} ${shown} — ${TIER_TEXT[result.tier]}`
      : `No code yet — ${TIER_TEXT[result.tier]}`,
    reasons: reasonsOf(result),
  };
}
