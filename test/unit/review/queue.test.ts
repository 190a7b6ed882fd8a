import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../../lib/messages-review';
import type { ClassifyResult } from '../../../lib/classify/types';
import {
  filterChoices,
  filterQueue,
  groupIdentical,
  identityKey,
  rulesOf,
  suggestedCode,
} from '../../../lib/review/queue';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;

function result(patch: Partial<ClassifyResult> = {}): ClassifyResult {
  return {
    code: null,
    hs6: '850760',
    confidence: 0.7,
    levels: { hs4: 0.8, hs6: 0.7 },
    tier: 'review',
    candidates: [{ code: '850760', confidence: 0.7, source: 'lexicon' }],
    flags: [],
    conflicts: [],
    lint: [],
    capped: [],
    warnings: [],
    ...patch,
  };
}

function item(
  id: string,
  patch: {
    title?: string;
    site?: string;
    dest?: string[];
    ageDays?: number;
    tier?: string;
    result?: ClassifyResult;
  },
): QueueItem {
  return {
    id,
    status: 'open',
    tier: patch.tier ?? 'review',
    reasons: [],
    createdAt: NOW - (patch.ageDays ?? 0) * DAY,
    product: {
      id,
      site: patch.site ?? 'shopee',
      url: `https://seller.example/${id}`,
      title: patch.title ?? id,
      destinations: patch.dest ?? ['SG'],
      result: patch.result ?? result(),
    },
  };
}

const battery = result({
  flags: [
    {
      rule: 'lithium-batteries',
      keyword: 'battery',
      countries: ['SG'],
      effect: 'dangerous-goods',
      reason: 'UN3480',
    },
    {
      rule: 'knives',
      keyword: 'knife',
      countries: ['SG'],
      effect: 'carrier-restricted',
      reason: 'blade',
      negated: true,
    },
  ],
});
const items = [
  item('a', { title: 'Power bank 20000mAh', site: 'shopee', dest: ['SG'], ageDays: 10, result: battery }),
  item('b', { title: 'Cotton shirt men', site: 'lazada', dest: ['MY', 'ID'], ageDays: 3 }),
  item('c', { title: '20000mAh power bank', site: 'tokopedia', dest: ['ID'], ageDays: 0.2, result: battery }),
  item('d', {
    title: 'Gift',
    site: 'shopee',
    dest: ['SG'],
    ageDays: 0.5,
    tier: 'manual',
    result: result({ lint: [{ rule: 'vague-description', message: 'too vague' }] }),
  }),
];

describe('review queue filters', () => {
  it('names the reasons an item is queued, ignoring negated flag mentions', () => {
    expect(rulesOf(items[0]!)).toEqual(['lithium-batteries']);
    expect(rulesOf(items[3]!)).toEqual(['lint:vague-description', 'low-confidence']);
  });

  it('filters by site, destination, rule and age, oldest first', () => {
    expect(filterQueue(items, {}, NOW).map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(filterQueue(items, { site: 'shopee' }, NOW).map((i) => i.id)).toEqual(['a', 'd']);
    expect(filterQueue(items, { destination: 'ID' }, NOW).map((i) => i.id)).toEqual(['b', 'c']);
    expect(filterQueue(items, { rule: 'lithium-batteries' }, NOW).map((i) => i.id)).toEqual(['a', 'c']);
    expect(filterQueue(items, { age: 'today' }, NOW).map((i) => i.id)).toEqual(['d', 'c']);
    expect(filterQueue(items, { age: 'week' }, NOW).map((i) => i.id)).toEqual(['b', 'd', 'c']);
    expect(filterQueue(items, { age: 'older' }, NOW).map((i) => i.id)).toEqual(['a']);
    expect(filterQueue(items, { site: 'shopee', rule: 'lithium-batteries', age: 'today' }, NOW)).toEqual([]);
  });

  it('offers only the choices present in the queue', () => {
    expect(filterChoices(items)).toEqual({
      sites: ['lazada', 'shopee', 'tokopedia'],
      destinations: ['ID', 'MY', 'SG'],
      rules: ['lint:vague-description', 'lithium-batteries', 'low-confidence'],
    });
  });
});

describe('identical products', () => {
  it('groups re-ordered titles of the same product for one bulk decision', () => {
    expect(identityKey(items[0]!)).toBe(identityKey(items[2]!));
    const groups = groupIdentical(items);
    expect(groups.get(identityKey(items[0]!))?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(groups.get(identityKey(items[1]!))?.map((i) => i.id)).toEqual(['b']);
    expect(groups.size).toBe(3);
  });

  it('suggests the confident code, else the best candidate', () => {
    expect(suggestedCode(items[0]!)).toBe('850760');
    expect(suggestedCode(item('e', { result: result({ code: '85076090' }) }))).toBe('85076090');
  });
});
