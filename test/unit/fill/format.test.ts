import { describe, expect, it } from 'vitest';
import { dotCode, formatHsCode } from '../../../lib/fill/format';

const FEDEX = { digits: [6], dotted: true, autocomplete: true };
const DHL = { digits: [6, 8, 10], dotted: false, autocomplete: false };
const NATIONAL = { digits: [6, 8], dotted: true, autocomplete: false };

describe('formatHsCode', () => {
  it('cuts a national code to the 6 digits FedEx takes, dotted', () => {
    expect(formatHsCode('90189000', FEDEX)).toEqual({ digits: '901890', text: '9018.90' });
  });

  it('never pads: a confident 6-digit code stays 6 digits where 8 are accepted', () => {
    expect(formatHsCode('610910', DHL)).toEqual({ digits: '610910', text: '610910' });
    expect(formatHsCode('6109100', DHL)).toEqual({ digits: '610910', text: '610910' });
  });

  it('writes AHTN dotted notation for 8 digits', () => {
    expect(formatHsCode('85176249', NATIONAL)?.text).toBe('8517.62.49');
    expect(dotCode('8517624900')).toBe('8517.62.49.00');
  });

  it('accepts dotted input and rejects anything that is not a code', () => {
    expect(formatHsCode('8517.62.49', DHL)?.digits).toBe('85176249');
    expect(formatHsCode('8517', DHL)).toBeNull();
    expect(formatHsCode('8517abc62', DHL)).toBeNull();
    expect(formatHsCode('', DHL)).toBeNull();
  });

  it("obeys the field's maxlength and pattern over the adapter's longest length", () => {
    expect(formatHsCode('85176249', NATIONAL, { maxLength: 8 })?.text).toBe('8517.62');
    expect(formatHsCode('85176249', NATIONAL, { pattern: '[0-9]*' })).toBeNull();
    expect(formatHsCode('8517624900', DHL, { maxLength: 8 })?.text).toBe('85176249');
  });
});
