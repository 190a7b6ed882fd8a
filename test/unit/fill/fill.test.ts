// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillHsCode, isFilledByClearLane, undoFill, type FillRequest } from '../../../lib/fill/fill';
import { FillResultSchema } from '../../../lib/fill/fill-result';
import { dhl } from '../../../lib/sites/carriers/dhl';
import { ups } from '../../../lib/sites/carriers/ups';
import { loadFixture, pageState } from '../sites/carriers/fixture';

const VALID = new Set(['610910', '61091000', '821191', '821192', '85176249', '851762', '420221']);
const request = (code: string, extra: Partial<FillRequest> = {}): FillRequest => ({
  code,
  provenance: 'ruling',
  format: dhl.hsFormat,
  validate: (digits) => VALID.has(digits),
  verifyDelayMs: 5,
  ...extra,
});

let clicks: Element[] = [];
const recordClick = (event: Event): void => {
  clicks.push(event.target as Element);
};
beforeEach(() => {
  clicks = [];
  document.addEventListener('click', recordClick, true);
});
afterEach(() => {
  document.removeEventListener('click', recordClick, true);
  document.documentElement.innerHTML = '<head></head><body></body>';
  delete (window as { __submits?: number }).__submits;
});

const marks = (): Element[] => Array.from(document.querySelectorAll('[data-clearlane-mark]'));
const ngModel = (): Record<string, string> =>
  (window as unknown as { __ngModel: Record<string, string> }).__ngModel;

describe('fillHsCode on an Angular-style MyDHL+ form', () => {
  it('fills an empty line, the form model sees it, and the field is marked with provenance', async () => {
    loadFixture('dhl');
    const [line] = dhl.findLines(document);
    const result = await fillHsCode(
      line!.elements.hsCode,
      request('61091000', { format: { ...dhl.hsFormat, digits: [6] } }),
    );
    expect(result).toMatchObject({
      status: 'filled',
      text: '610910',
      shortened: true,
      provenance: 'ruling',
      previous: '',
    });
    expect(FillResultSchema.parse(result)).toEqual(result);
    expect(line!.elements.hsCode.value).toBe('610910');
    expect(ngModel()['commodityCode-0']).toBe('610910');
    expect(line!.elements.hsCode.classList.contains('ng-touched')).toBe(true);
    expect(marks()).toHaveLength(1);
    expect(marks()[0]?.shadowRoot?.textContent).toContain('team ruling');
    expect(marks()[0]?.shadowRoot?.textContent).toContain('6 digits only');
    expect(isFilledByClearLane(line!.elements.hsCode)).toBe(true);
  });

  it('never overwrites what the user typed: it offers instead', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[1]!.elements.hsCode;
    const result = await fillHsCode(hs, request('821192'));
    expect(result).toMatchObject({
      status: 'offer',
      text: '821192',
      reason: 'user-value-present',
      previous: '821191',
    });
    expect(hs.value).toBe('821191');
    expect(marks()).toHaveLength(0);
    expect((await fillHsCode(hs, request('821191'))).status).toBe('unchanged');
  });

  it("replaces a typed value only on the user's explicit confirmation", async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[1]!.elements.hsCode;
    const result = await fillHsCode(hs, request('821192', { overwrite: 'user-confirmed' }));
    expect(result.status).toBe('filled');
    expect(hs.value).toBe('821192');
    expect(undoFill(hs)).toBe('restored');
    expect(hs.value).toBe('821191');
  });

  it('refuses a code the validator rejects, checking the digits actually written', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    const validate = vi.fn(() => false);
    const result = await fillHsCode(hs, request('99999999', { validate }));
    expect(result).toMatchObject({ status: 'refused', reason: 'invalid-code' });
    expect(validate).toHaveBeenCalledWith('99999999');
    expect(hs.value).toBe('');
    expect(marks()).toHaveLength(0);
  });

  it('refuses hidden fields and codes too short for the form', async () => {
    loadFixture('dhl');
    const decoy = document.getElementById('tpl-code') as HTMLInputElement;
    expect((await fillHsCode(decoy, request('610910'))).reason).toBe('field-not-visible');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    expect((await fillHsCode(hs, request('6109'))).reason).toBe('format-not-accepted');
  });

  it('never clicks or submits anything while filling every line', async () => {
    loadFixture('dhl');
    for (const line of dhl.findLines(document)) await fillHsCode(line.elements.hsCode, request('610910'));
    expect(clicks).toEqual([]);
    expect(pageState().submits).toBe(0);
  });

  it('undo from the mark restores the previous value and removes the mark', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    const onUndo = vi.fn();
    await fillHsCode(hs, request('610910', { onUndo }));
    const button = marks()[0]!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Undo');
    button.click();
    expect(onUndo).toHaveBeenCalledWith('restored');
    expect(hs.value).toBe('');
    expect(ngModel()['commodityCode-0']).toBe('');
    expect(marks()).toHaveLength(0);
    expect(hs.hasAttribute('data-clearlane-filled')).toBe(false);
  });

  it("undo keeps the user's later edit", async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    await fillHsCode(hs, request('610910'));
    hs.value = '610990';
    expect(undoFill(hs)).toBe('kept-user-edit');
    expect(hs.value).toBe('610990');
    expect(undoFill(hs)).toBe('nothing-to-undo');
  });

  it('reports a page that does not keep the value and puts the previous value back', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    hs.addEventListener('blur', () =>
      setTimeout(() => {
        hs.value = 'X';
      }, 0),
    );
    const result = await fillHsCode(hs, request('610910', { verifyDelayMs: 20 }));
    expect(result).toMatchObject({ status: 'failed', reason: 'value-not-kept' });
    expect(marks()).toHaveLength(0);
  });
});

describe('fillHsCode with the field limits of the UPS invoice', () => {
  it('writes undotted 8 digits into a maxlength-10 numeric field', async () => {
    loadFixture('ups');
    const hs = ups.findLines(document)[0]!.elements.hsCode;
    const result = await fillHsCode(
      hs,
      request('8517.62.49', { format: ups.hsFormat, provenance: 'engine' }),
    );
    expect(result).toMatchObject({ status: 'filled', text: '85176249', shortened: false });
    expect(marks()[0]?.shadowRoot?.textContent).toContain('ClearLane engine');
    expect(pageState().submits).toBe(0);
  });
});

describe('fillHsCode re-fills and odd validators', () => {
  it('may replace its own earlier fill, and undo then restores the value from before ClearLane', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    expect((await fillHsCode(hs, request('610910'))).status).toBe('filled');
    expect((await fillHsCode(hs, request('61091000'))).status).toBe('filled');
    expect(hs.value).toBe('61091000');
    expect(marks()).toHaveLength(1);
    expect(undoFill(hs)).toBe('restored');
    expect(hs.value).toBe('');
  });

  it('treats a validator that throws as a refusal', async () => {
    loadFixture('dhl');
    const hs = dhl.findLines(document)[0]!.elements.hsCode;
    const validate = (): boolean => {
      throw new Error('nomenclature not loaded');
    };
    expect(await fillHsCode(hs, request('610910', { validate }))).toMatchObject({
      status: 'refused',
      reason: 'invalid-code',
    });
    expect(hs.value).toBe('');
  });
});
