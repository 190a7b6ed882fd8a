import { useState } from 'react';

/**
 * The code a person is about to decide, as typed: dots and spaces are dropped, and it is decidable only as
 * 4 to 10 digits (the same rule the `decide` message enforces).
 */
export function useDecisionCode(initial: string) {
  const [code, setCode] = useState(initial);
  const digits = code.replace(/[\s.]/g, '');
  return { code, setCode, digits, valid: /^\d{4,10}$/.test(digits) };
}
