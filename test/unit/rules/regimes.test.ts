import { describe, expect, it } from 'vitest';
import { activeRegimeNotes } from '../../../lib/rules/regimes';
import type { RegimeNote } from '../../../lib/rules/schema';

const NOTES: RegimeNote[] = [
  {
    country: 'ID',
    date: '2026-09-01',
    title: 'New import quota',
    summary: 'Quota on small parcels.',
    source: 'Ministry of Trade',
  },
  {
    country: 'TH',
    date: '2025-01-01',
    title: 'Old VAT change',
    summary: 'VAT on low-value parcels.',
    source: 'Thai Customs',
  },
  {
    country: 'VN',
    date: '2027-01-01',
    title: 'Announced duty change',
    summary: 'Applies next year.',
    source: 'MOF',
  },
];
const NOW = new Date('2026-11-21T00:00:00Z');

describe('country regime notes', () => {
  it('keeps notes newer than the configured age for the item destinations only', () => {
    expect(activeRegimeNotes(['ID', 'TH'], NOW, 180, NOTES).map((n) => n.country)).toEqual(['ID']);
    expect(activeRegimeNotes(['TH'], NOW, 180, NOTES)).toEqual([]);
    expect(activeRegimeNotes(['SG'], NOW, 180, NOTES)).toEqual([]);
  });

  it('expires a note when the age limit is shorter', () => {
    expect(activeRegimeNotes(['ID'], NOW, 30, NOTES)).toEqual([]);
    expect(activeRegimeNotes(['TH'], NOW, 1000, NOTES).map((n) => n.country)).toEqual(['TH']);
  });

  it('treats an announced future change as volatile', () => {
    expect(activeRegimeNotes(['vn'], NOW, 180, NOTES).map((n) => n.title)).toEqual(['Announced duty change']);
  });
});
