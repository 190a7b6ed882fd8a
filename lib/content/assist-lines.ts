import type { ClassifyResult } from '../classify/types';
import type { DeclarationLine, HsFormat } from '../sites/carriers/types';
import { applyClassification, provenanceOf } from '../fill/apply-result';
import type { FillResult } from '../fill/fill-result';
import { mountBadge, type BadgeHandle } from '../badge';
import { send } from '../messaging/send';

export interface AssistOptions {
  site: string;
  format: HsFormat;
  optionSelector?: string;
}

/**
 * One declaration pass: classify every described line for its destination, then let applyClassification act
 * by tier — `auto` fills an empty field (only a prefix of the engine's own validated code), `review` offers
 * the best candidate beside the field and writes it only on the user's click, `manual` and anything else that
 * was not filled or offered gets a badge with the reasons. A value the user typed is never overwritten.
 */
export function createLineAssistant(opts: AssistOptions) {
  const badges = new Map<number, BadgeHandle>();

  function badgeFor(line: DeclarationLine, result: ClassifyResult): void {
    const current = badges.get(line.index);
    if (current?.host.isConnected) return current.update({ kind: 'result', result });
    current?.destroy();
    badges.set(
      line.index,
      mountBadge(line.elements.hsCode, { kind: 'result', result }, { placement: 'after' }),
    );
  }

  function log(line: DeclarationLine, result: ClassifyResult, action: 'fill' | 'undo', text: string): void {
    const code = text.replace(/\D/g, '');
    if (code.length < 4) return;
    void send('log-fill', {
      site: opts.site,
      url: location.href,
      description: line.description,
      code,
      provenance: provenanceOf(result),
      action,
    }).catch(() => undefined);
  }
  const logFill = (line: DeclarationLine, result: ClassifyResult, fill: FillResult | undefined) => {
    if (fill?.status === 'filled') log(line, result, 'fill', fill.text ?? '');
  };

  async function run(lines: DeclarationLine[]): Promise<void> {
    const described = lines.filter((l) => l.description.trim() !== '');
    if (described.length === 0) return;
    const { results } = await send('classify-lines', {
      site: opts.site,
      url: location.href,
      lines: described.map((l) => ({
        index: l.index,
        description: l.description,
        destination: l.destinationCode ?? undefined,
      })),
    });
    for (const { index, result } of results) {
      const line = described.find((l) => l.index === index);
      if (!line) continue;
      const code = result.code ?? result.candidates[0]?.code ?? '';
      const outcome = await applyClassification(line, result, {
        format: opts.format,
        optionSelector: opts.optionSelector,
        // Only digits the engine itself produced, at least a subheading: never a code from page text.
        validate: (digits) => digits.length >= 6 && code.startsWith(digits),
        onAccepted: (fill) => logFill(line, result, fill),
        onUndo: (status) => {
          if (status === 'restored') log(line, result, 'undo', code);
        },
      });
      logFill(line, result, outcome.fill);
      const written = outcome.fill?.status === 'filled' || outcome.fill?.status === 'unchanged';
      if (!written && !outcome.suggested) badgeFor(line, result);
      else badges.get(line.index)?.destroy();
    }
  }

  return {
    run,
    destroy: () => {
      for (const b of badges.values()) b.destroy();
      badges.clear();
    },
  };
}
