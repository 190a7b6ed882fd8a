import type { ClassifyResult } from '../classify/types';
import type { DeclarationLine, HsFormat } from '../sites/carriers/types';
import { fillHsCode, type FillRequest } from './fill';
import type { FillResult } from './fill-result';
import { formatHsCode } from './format';
import { suggestCode, type Provenance } from './mark';

export interface ApplyOptions {
  format: HsFormat;
  optionSelector?: string;
  validate: (digits: string) => boolean;
  /** Called with the record of a fill made after the user clicked "Use" on a suggestion. */
  onAccepted?: (result: FillResult) => void;
  /** Called when the user undoes a fill made for this line. */
  onUndo?: FillRequest['onUndo'];
  verifyDelayMs?: number;
}

export interface LineOutcome {
  tier: ClassifyResult['tier'];
  /** The fill record when a write was attempted (auto) or an offer was made. */
  fill?: FillResult;
  /** True when a suggestion badge is waiting for the user's click. */
  suggested: boolean;
}

/** A team ruling fills as "team ruling", the optional model as "model", everything else as the engine. */
export function provenanceOf(result: ClassifyResult): Provenance {
  const source = result.candidates[0]?.source;
  return source === 'ruling' ? 'ruling' : source === 'model' ? 'model' : 'engine';
}

/** Why a line was not filled, in a few words for the badge (the popup shows the full story). */
function reasonOf(result: ClassifyResult): string {
  const flag = result.flags.find((f) => !f.negated);
  if (flag) return `review: "${flag.keyword}" ${flag.reason}`;
  if (result.conflicts.length > 0) return 'review: rulings differ between countries';
  const cap = result.capped[0];
  return cap ? `review: ${cap.detail}` : `review: confidence ${Math.round(result.confidence * 100)}%`;
}

/**
 * What a classified line does to the page (architecture.md, tiers): `auto` fills the confident code; `review`
 * only shows the best candidate next to the field, written on the user's click; `manual` touches nothing (its
 * candidates are leads for the popup). An `auto` line whose field the user already typed in becomes an offer.
 */
export async function applyClassification(
  line: DeclarationLine,
  result: ClassifyResult,
  options: ApplyOptions,
): Promise<LineOutcome> {
  const el = line.elements.hsCode;
  const base: Omit<FillRequest, 'code'> = {
    provenance: provenanceOf(result),
    format: options.format,
    optionSelector: options.optionSelector,
    validate: options.validate,
    verifyDelayMs: options.verifyDelayMs,
    onUndo: options.onUndo,
  };
  const offer = (code: string, reason: string): boolean => {
    const text = formatHsCode(code, options.format)?.text;
    if (!text) return false;
    suggestCode(el, { text, reason }, () => {
      void fillHsCode(el, { ...base, code, overwrite: 'user-confirmed' }).then((r) =>
        options.onAccepted?.(r),
      );
    });
    return true;
  };
  if (result.tier === 'auto' && result.code) {
    const fill = await fillHsCode(el, { ...base, code: result.code });
    const suggested = fill.status === 'offer' && offer(result.code, `you typed ${fill.previous}`);
    return { tier: 'auto', fill, suggested };
  }
  const best = result.candidates[0]?.code;
  if (
    result.tier === 'review' &&
    best &&
    options.validate(formatHsCode(best, options.format)?.digits ?? '')
  ) {
    return { tier: 'review', suggested: offer(best, reasonOf(result)) };
  }
  return { tier: result.tier, suggested: false };
}
