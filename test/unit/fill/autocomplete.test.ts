// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findMatchingOption } from '../../../lib/fill/autocomplete';
import { fillHsCode, undoFill, type FillRequest } from '../../../lib/fill/fill';
import { fedex } from '../../../lib/sites/carriers/fedex';
import { loadFixture, pageState } from '../sites/carriers/fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const request = (code: string): FillRequest => ({
  code,
  provenance: 'model',
  format: fedex.hsFormat,
  optionSelector: fedex.optionSelector,
  validate: () => true,
  verifyDelayMs: 5,
  optionTimeoutMs: 200,
});
const hsField = (index: number): HTMLInputElement =>
  fedex.findLines(document)[index]!.elements.hsCode as HTMLInputElement;

describe('FedEx-style harmonized code autocomplete', () => {
  it('types the 6-digit dotted code and picks the matching option, so the widget records it', async () => {
    loadFixture('fedex');
    const hs = hsField(0);
    const result = await fillHsCode(hs, request('90189000'));
    expect(result).toMatchObject({ status: 'filled', text: '9018.90', shortened: true, provenance: 'model' });
    expect(hs.value).toBe('9018.90');
    expect(pageState().picked['commodities[0].harmonizedCode']).toBe('9018.90');
    expect(
      document.querySelector<HTMLInputElement>('[name="commodities[0].harmonizedCodeSelected"]')?.value,
    ).toBe('9018.90');
    expect(pageState().submits).toBe(0);
  });

  it('fails cleanly, leaving the field as it was, when no option carries exactly the code', async () => {
    loadFixture('fedex');
    const hs = hsField(1);
    const result = await fillHsCode(hs, request('950300'));
    expect(result).toMatchObject({ status: 'failed', reason: 'no-matching-option-or-not-kept' });
    expect(hs.value).toBe('');
    expect(pageState().picked).toEqual({});
    expect(document.querySelectorAll('[data-clearlane-mark]')).toHaveLength(0);
  });

  it('never picks a longer code than the confident one offered by the list', () => {
    loadFixture('fedex');
    const hs = hsField(0);
    document.getElementById('c0-hs-list')!.innerHTML =
      '<li role="option">9018.90.10 - Other, electrical</li>';
    document.getElementById('c0-hs-list')!.hidden = false;
    expect(findMatchingOption(hs, '901890', fedex.optionSelector)).toBeNull();
  });

  it('refuses an "option" that is a submit button planted in the list', () => {
    loadFixture('fedex');
    const list = document.getElementById('c0-hs-list')!;
    list.outerHTML = '<form id="c0-hs-list"><button role="option">9018.90 Confirm</button></form>';
    expect(findMatchingOption(hsField(0), '901890', fedex.optionSelector)).toBeNull();
  });

  it('undo clears the picked code again', async () => {
    loadFixture('fedex');
    const hs = hsField(0);
    await fillHsCode(hs, request('901890'));
    expect(undoFill(hs)).toBe('restored');
    expect(hs.value).toBe('');
  });
});
