import { describe, expect, it } from 'vitest';
import { recordHtml, recordSections } from '../../../lib/review/record';
import { docLineFacts } from '../../../lib/review/doc-lines';
import { buildShipment } from '../../../lib/review/shipment';
import { blockingLines } from '../../../lib/docs/lines';
import type { DecisionRecord } from '../../../lib/messages-review';

const record: DecisionRecord = {
  item: {
    id: 'shopee:1',
    site: 'shopee',
    url: 'https://x/1',
    title: 'Power bank <b>20000mAh</b>',
    destinations: ['SG'],
  },
  decisions: [
    {
      at: Date.UTC(2026, 0, 2, 3, 4),
      kind: 'override',
      code: '85076090',
      engineCode: '850760',
      confidence: 0.72,
      by: 'Ani',
      note: 'per ruling',
    },
  ],
  rulings: [
    {
      id: 'local-1',
      code: '85076090',
      description: 'power bank',
      status: 'approved',
      source: 'local',
      decidedBy: 'Ani',
    },
  ],
};

describe('decision record', () => {
  it('shows who chose which code, when, against what the engine said', () => {
    const decisions = recordSections(record).find((s) => s.title === 'Decisions')!;
    expect(decisions.rows[0]).toEqual([
      '2026-01-02 03:04',
      'override',
      '8507.60.90',
      '8507.60',
      '72%',
      'Ani',
      'per ruling',
    ]);
  });

  it('exports escaped, script-free HTML', () => {
    const html = recordHtml(record, new Date(0));
    expect(html).toContain('Power bank &lt;b&gt;20000mAh&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Rulings relied on');
  });
});

describe('document lines', () => {
  it('uses a person’s decision first, else only an automatic code', () => {
    const product = { id: 'p', title: 'Power bank', tier: 'review' };
    expect(docLineFacts(product, { kind: 'accept', code: '85076090' })).toMatchObject({
      code: '85076090',
      tier: 'decided',
    });
    expect(docLineFacts(product, { kind: 'reject', code: '85076090' })).toMatchObject({ tier: 'review' });
    expect(docLineFacts(product, { kind: 'accept', code: '8507' })).toMatchObject({
      code: null,
      tier: 'decided',
    });
  });

  it('refuses naming the lines still in review', () => {
    const header = {
      invoiceNumber: 'INV-1',
      date: '2026-11-21',
      currency: 'usd',
      seller: { name: 'Toko', address: 'Jakarta', country: 'id' },
      consignee: { name: 'Lim', address: 'Singapore', country: 'SG' },
    };
    const facts = [
      { productId: 'a', description: 'Cotton shirt', code: '610910', tier: 'decided' as const },
      { productId: 'b', description: 'Power bank', code: '850760', tier: 'review' as const },
    ];
    const built = buildShipment(header, facts, {}, 'ID');
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.shipment.currency).toBe('USD');
    expect(blockingLines(built.shipment.lines)).toEqual(['line 2 "Power bank" still needs review']);
    expect(buildShipment({ ...header, seller: { ...header.seller, name: '' } }, facts, {}, 'ID').ok).toBe(
      false,
    );
  });
});
