// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassifyResult } from '../../../lib/classify/types';
import { applyClassification } from '../../../lib/fill/apply-result';
import type { FillResult } from '../../../lib/fill/fill-result';
import { dhl } from '../../../lib/sites/carriers/dhl';
import { loadFixture, pageState } from '../sites/carriers/fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const result = (over: Partial<ClassifyResult>): ClassifyResult => ({
  code: null,
  hs6: null,
  confidence: 0.5,
  levels: { hs4: 0.5, hs6: 0.5 },
  tier: 'manual',
  candidates: [],
  flags: [],
  conflicts: [],
  lint: [],
  capped: [],
  warnings: [],
  ...over,
});
const options = { format: dhl.hsFormat, validate: () => true, verifyDelayMs: 5 };
const badges = (attr: string): Element[] => Array.from(document.querySelectorAll(`[${attr}]`));

describe('applyClassification', () => {
  it('auto: fills the confident prefix with the provenance of the best candidate', async () => {
    loadFixture('dhl');
    const [line] = dhl.findLines(document);
    const outcome = await applyClassification(
      line!,
      result({
        tier: 'auto',
        code: '610910',
        confidence: 0.97,
        candidates: [{ code: '61091000', confidence: 0.97, source: 'ruling' }],
      }),
      options,
    );
    expect(outcome.fill).toMatchObject({ status: 'filled', text: '610910', provenance: 'ruling' });
    expect(badges('data-clearlane-mark')[0]?.shadowRoot?.textContent).toContain('team ruling');
  });

  it('review: fills nothing, shows the flagged keyword, and fills on "Use"', async () => {
    loadFixture('dhl');
    const [line] = dhl.findLines(document);
    const accepted: FillResult[] = [];
    const outcome = await applyClassification(
      line!,
      result({
        tier: 'review',
        code: '850760',
        candidates: [{ code: '85076090', confidence: 0.9, source: 'lexicon' }],
        flags: [
          {
            rule: 'lithium-battery',
            keyword: 'power bank',
            countries: ['ID'],
            effect: 'dangerous-goods',
            reason: 'lithium batteries need a permit',
          },
        ],
      }),
      { ...options, onAccepted: (r) => accepted.push(r) },
    );
    expect(outcome).toEqual({ tier: 'review', suggested: true });
    expect(line!.elements.hsCode.value).toBe('');
    expect(badges('data-clearlane-suggestion')[0]?.shadowRoot?.textContent).toContain('"power bank"');
    badges('data-clearlane-suggestion')[0]!.shadowRoot!.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(accepted[0]).toMatchObject({ status: 'filled', text: '85076090' });
    expect(pageState().submits).toBe(0);
  });

  it('manual: touches nothing', async () => {
    loadFixture('dhl');
    const [line] = dhl.findLines(document);
    const outcome = await applyClassification(
      line!,
      result({ candidates: [{ code: '961700', confidence: 0.3, source: 'nomenclature' }] }),
      options,
    );
    expect(outcome).toEqual({ tier: 'manual', suggested: false });
    expect(line!.elements.hsCode.value).toBe('');
    expect(badges('data-clearlane-suggestion')).toHaveLength(0);
  });

  it('auto over a typed value: an offer with a suggestion, the typed value kept', async () => {
    loadFixture('dhl');
    const line = dhl.findLines(document)[1]!;
    const outcome = await applyClassification(
      line,
      result({
        tier: 'auto',
        code: '821192',
        candidates: [{ code: '821192', confidence: 0.99, source: 'lexicon' }],
      }),
      options,
    );
    expect(outcome.fill?.status).toBe('offer');
    expect(outcome.suggested).toBe(true);
    expect(line.elements.hsCode.value).toBe('821191');
  });
});
