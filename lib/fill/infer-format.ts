import type { HsFormat } from '../sites/carriers/types';
import type { TextField } from './dom';

/** An example code in a placeholder or hint: "e.g. 6214.10", "VD: 62052000", "0000.00.00". */
const EXAMPLE_CODE = /\b(\d{4}(?:[.\s]\d{2}){1,3}|\d{6,10}|0000(?:\.00){1,3})\b/;

/**
 * The format of an HS field on a page no adapter knows, read from what the page itself shows: an example code in
 * the placeholder or title gives the digit count and the dots, `maxlength` caps the digits, and an ARIA combobox
 * means an autocomplete. Without any hint, 6 digits undotted: HS6 is the one level every customs form accepts,
 * and short beats wrong.
 */
export function inferHsFormat(el: TextField): HsFormat {
  const hint = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('title') ?? ''}`;
  const example = EXAMPLE_CODE.exec(hint)?.[1];
  const autocomplete =
    el.getAttribute('role') === 'combobox' ||
    ['list', 'both'].includes(el.getAttribute('aria-autocomplete') ?? '');
  if (example) {
    const digits = example.replace(/\D/g, '').length;
    return { digits: digits > 6 ? [6, digits] : [6], dotted: example.includes('.'), autocomplete };
  }
  const maxLength = el.tagName === 'INPUT' ? (el as HTMLInputElement).maxLength : -1;
  const digits = [6, 8, 10].filter((n) => maxLength <= 0 || n <= maxLength);
  return { digits: maxLength > 0 ? digits : [6], dotted: false, autocomplete };
}
