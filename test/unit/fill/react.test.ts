// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillHsCode } from '../../../lib/fill/fill';
import { writeValue } from '../../../lib/fill/set-value';
import { easyparcel } from '../../../lib/sites/carriers/easyparcel';
import { loadFixture, pageState } from '../sites/carriers/fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const hsField = (index: number): HTMLInputElement =>
  easyparcel.findLines(document)[index]!.elements.hsCode as HTMLInputElement;
const preview = (): string => document.getElementById('preview')?.textContent ?? '';

describe('React-controlled inputs (fixture with React value tracker)', () => {
  it('loses a plain `.value =` write, as React does: the fixture is faithful', () => {
    loadFixture('react-controlled');
    const hs = hsField(0);
    hs.value = '961700';
    hs.dispatchEvent(new Event('input', { bubbles: true }));
    expect(hs.value).toBe('961700');
    expect(pageState().state['items[0][hs_code]']).toBe('');
  });

  it('fills so that React state sees the code', async () => {
    loadFixture('react-controlled');
    const result = await fillHsCode(hsField(0), {
      code: '96170000',
      provenance: 'engine',
      format: easyparcel.hsFormat,
      validate: () => true,
      verifyDelayMs: 5,
    });
    expect(result.status).toBe('filled');
    expect(pageState().state['items[0][hs_code]']).toBe('96170000');
    expect(preview()).toContain('96170000');
  });

  it('resets the value tracker when the DOM already shows the value (the measured React trap)', () => {
    loadFixture('react-controlled');
    const hs = hsField(0);
    hs.value = '961700'; // an earlier write recorded by the tracker but never seen by React state
    writeValue(hs, '961700');
    expect(pageState().state['items[0][hs_code]']).toBe('961700');
  });

  it('offers rather than overwrites the code the user typed into a React field', async () => {
    loadFixture('react-controlled');
    const result = await fillHsCode(hsField(1), {
      code: '85044090',
      provenance: 'engine',
      format: easyparcel.hsFormat,
      validate: () => true,
      verifyDelayMs: 5,
    });
    expect(result.status).toBe('offer');
    expect(pageState().state['items[1][hs_code]']).toBe('8504.40');
    expect(pageState().submits).toBe(0);
  });
});
