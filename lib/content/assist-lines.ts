import type { ClassifyResult } from '../classify/types';
import type { DeclarationLine, HsFormat } from '../sites/carriers/types';
import { fillHsCode } from '../fill/fill';
import type { Provenance } from '../fill/mark';
import { mountBadge, type BadgeHandle } from '../badge';
import { send } from '../messaging/send';

export interface AssistOptions {
  site: string;
  format: HsFormat;
  optionSelector?: string;
}

/** Which source the filled code stands on, shown on the field and kept in the audit log. */
function provenanceOf(result: ClassifyResult): Provenance {
  const top = result.candidates[0];
  return top?.source === 'ruling' ? 'ruling' : top?.source === 'model' ? 'model' : 'engine';
}

/**
 * One declaration pass: classify every described line for its destination; fill the HS field of `auto` lines
 * whose field is empty (only the confident prefix, only a prefix of the engine's own validated code); show a
 * badge with the reasons beside every other line. Never touches a field the user has filled.
 */
export function createLineAssistant(opts: AssistOptions) {
  const badges = new Map<number, BadgeHandle>();

  function badgeFor(line: DeclarationLine, result: ClassifyResult): void {
    const current = badges.get(line.index);
    if (current?.host.isConnected) return current.update({ kind: 'result', result });
    current?.destroy();
    badges.set(line.index, mountBadge(line.elements.hsCode, { kind: 'result', result }, { placement: 'after' }));
  }

  async function fillLine(line: DeclarationLine, result: ClassifyResult, code: string): Promise<void> {
    const provenance = provenanceOf(result);
    const log = (action: 'fill' | 'undo', written: string) =>
      send('log-fill', { site: opts.site, url: location.href, description: line.description, code: written, provenance, action }).catch(() => undefined);
    const outcome = await fillHsCode(line.elements.hsCode, {
      code,
      provenance,
      format: opts.format,
      optionSelector: opts.optionSelector,
      validate: (digits) => digits.length >= 6 && code.startsWith(digits),
      onUndo: () => void log('undo', code),
    });
    if (outcome.status === 'filled') void log('fill', code);
    else badgeFor(line, result);
  }

  async function run(lines: DeclarationLine[]): Promise<void> {
    const described = lines.filter((l) => l.description.trim() !== '');
    if (described.length === 0) return;
    const { results } = await send('classify-lines', {
      site: opts.site,
      url: location.href,
      lines: described.map((l) => ({ index: l.index, description: l.description, destination: l.destinationCode ?? undefined })),
    });
    for (const { index, result } of results) {
      const line = described.find((l) => l.index === index);
      if (!line) continue;
      if (result.tier === 'auto' && result.code && line.hsValue.trim() === '') await fillLine(line, result, result.code);
      else if (line.hsValue.trim() === '' || result.tier !== 'auto') badgeFor(line, result);
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
