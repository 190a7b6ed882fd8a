// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inferHsFormat } from '../../../lib/fill/infer-format';

afterEach(() => {
  document.body.innerHTML = '';
});

const field = (html: string): HTMLInputElement => {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
};

describe('inferHsFormat for pages no adapter knows', () => {
  it('reads digits and dots from an example in the placeholder', () => {
    expect(inferHsFormat(field('<input placeholder="HS Code (e.g. 6214.10)">'))).toEqual({
      digits: [6],
      dotted: true,
      autocomplete: false,
    });
    expect(inferHsFormat(field('<input placeholder="VD: 62052000">')).digits).toEqual([6, 8]);
  });

  it('caps digits at maxlength and defaults to 6 undotted without hints', () => {
    expect(inferHsFormat(field('<input maxlength="8">')).digits).toEqual([6, 8]);
    expect(inferHsFormat(field('<input>'))).toEqual({ digits: [6], dotted: false, autocomplete: false });
  });

  it('recognises an ARIA autocomplete', () => {
    expect(inferHsFormat(field('<input role="combobox" aria-autocomplete="list">')).autocomplete).toBe(true);
  });
});
