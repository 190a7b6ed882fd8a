// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillHsCode } from '../../../lib/fill/fill';
import { suggestCode } from '../../../lib/fill/mark';
import { dhl } from '../../../lib/sites/carriers/dhl';
import { loadFixture, pageState } from '../sites/carriers/fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const suggestions = (): Element[] => Array.from(document.querySelectorAll('[data-clearlane-suggestion]'));

describe('suggestCode (review tier and offers)', () => {
  it('shows the code and the reason without writing anything', () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    suggestCode(hs, { text: '610910', reason: 'review: conflicting rulings ID/MY' }, () => {});
    expect(hs.value).toBe('');
    expect(suggestions()).toHaveLength(1);
    expect(suggestions()[0]?.shadowRoot?.textContent).toContain('conflicting rulings ID/MY');
  });

  it('a later pass replaces the suggestion beside a field instead of stacking another', () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    suggestCode(hs, { text: '610910', reason: 'review: confidence 70%' }, () => {});
    suggestCode(hs, { text: '610910', reason: 'review: confidence 71%' }, () => {});
    expect(suggestions()).toHaveLength(1);
    expect(suggestions()[0]?.shadowRoot?.textContent).toContain('71%');
  });

  it("fills a typed-over field only after the user's click on Use, then marks it", async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[1]!.elements.hsCode;
    const request = {
      code: '821192',
      provenance: 'engine' as const,
      format: dhl.hsFormat,
      validate: () => true,
      verifyDelayMs: 5,
    };
    const offer = await fillHsCode(hs, request);
    expect(offer.status).toBe('offer');
    const accepted = new Promise<string>((resolve) => {
      suggestCode(hs, { text: offer.text!, reason: 'you typed 821191' }, () => {
        void fillHsCode(hs, { ...request, overwrite: 'user-confirmed' }).then((r) => resolve(r.status));
      });
    });
    suggestions()[0]!.shadowRoot!.querySelector('button')!.click();
    expect(await accepted).toBe('filled');
    expect(hs.value).toBe('821192');
    expect(suggestions()).toHaveLength(0);
    expect(document.querySelectorAll('[data-clearlane-mark]')).toHaveLength(1);
    expect(pageState().submits).toBe(0);
  });
});
