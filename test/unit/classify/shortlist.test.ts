import { describe, expect, it } from 'vitest';
import type { RankedCode } from '../../../lib/classify/score';
import { shortlist } from '../../../lib/classify/shortlist';

const ranked = (...codes: string[]): RankedCode[] =>
  codes.map((code, i) => ({ code, p: 1 / (i + 2), source: 'lexicon' }));
const codes = (list: RankedCode[]) => list.map((r) => r.code);

describe('shortlist', () => {
  it('keeps rank order and takes at most four codes from one heading while others are in the running', () => {
    const list = ranked('610910', '610990', '620520', '620530', '620590', '620511', '420292');
    expect(codes(shortlist(list, [], 5))).toEqual(['610910', '610990', '620520', '620530', '620590']);
    const oneHeading = ranked('620520', '620530', '620590', '620511', '620519', '610910', '420292');
    expect(codes(shortlist(oneHeading, [], 5))).toEqual(['620520', '620530', '620590', '620511', '610910']);
  });

  it('always shows the lead codes, however low they rank, in their rank order', () => {
    const list = ranked('850760', '850650', '850680', '850690', '850640', '392690', '853661');
    expect(codes(shortlist(list, ['853661'], 5))).toEqual(['850760', '850650', '850680', '850690', '853661']);
    expect(codes(shortlist(list, ['853661', '392690'], 5))).toEqual([
      '850760',
      '850650',
      '850680',
      '392690',
      '853661',
    ]);
  });

  it('does not spend a slot on a lead that is already shown, and keeps the best code first', () => {
    const list = ranked('850760', '850650', '850680', '850690', '850640', '392690');
    expect(codes(shortlist(list, ['850760', '850650'], 5))).toEqual(codes(list.slice(0, 5)));
    expect(codes(shortlist(list, ['392690', '850640'], 2))).toEqual(['850760', '850640']); // the better-ranked lead
  });
});
