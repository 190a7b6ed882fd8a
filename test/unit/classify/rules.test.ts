import { describe, expect, it } from 'vitest';
import { organicHeading } from '../../../lib/classify/chemical';
import { gatherEvidence } from '../../../lib/classify/evidence';
import { loadEngineDataNode } from '../../../lib/classify/load-node';

describe('organic chemical names (Chapter 29, Note 3: last heading in numerical order)', () => {
  it('reads the functional groups a systematic name spells out', () => {
    expect(organicHeading('2-methyl-1-pentene')).toBe('2901');
    expect(organicHeading('3-chloro-2-methylpropene')).toBe('2903');
    expect(organicHeading('4-nitrobenzaldehyde (CAS 555-16-8)')).toBe('2912');
    expect(organicHeading('ethyl 4-hydroxybenzoate')).toBe('2918');
    expect(organicHeading('2-ethylhexyl acrylate')).toBe('2916');
    expect(organicHeading('2,6-dimethylpyridine')).toBe('2933');
    expect(organicHeading('3-aminopropyltriethoxysilane')).toBe('2931');
  });

  it('leaves marketplace titles, trivial names and polymers alone', () => {
    for (const t of [
      'Vitamin C serum with hyaluronic acid',
      '2-in-1 USB-C charger',
      '3-layer face mask',
      'T-shirt cotton oversize',
      'K-pop album',
      'aspirin tablets 100mg',
      'poly(1-vinyl-2-pyrrolidinone) polymer powder',
    ])
      expect(organicHeading(t)).toBeNull();
  });
});

describe('plastic device accessories', () => {
  const data = loadEngineDataNode();
  const codes = (title: string) => gatherEvidence(data, { title }).lexHits.map((h) => h.code);

  it('a silicone or TPU case, cover or holder is an article of plastics, whatever device it fits', () => {
    expect(codes('Soft Silicone Earphone Case Shockproof')).toContain('392690');
    expect(codes('TPU protective cover for smart watch')).toContain('392690');
  });

  it('does not fire for leather or metal accessories or for plastics without an accessory noun', () => {
    expect(codes('PU leather case for camera')).not.toContain('392690');
    expect(codes('aluminium alloy phone holder')).not.toContain('392690');
    expect(codes('plastic storage box')).not.toContain('392690');
  });
});

describe('included extras', () => {
  const data = loadEngineDataNode();
  const weight = (title: string, code: string) =>
    gatherEvidence(data, { title }).lexHits.find((h) => h.code === code)?.weight ?? 0;

  it('a product named after "with" counts for less than the product before it', () => {
    const alone = weight('USB cable 1m', '854442');
    const extra = weight('Power bank 10000mAh with USB cable', '854442');
    expect(alone).toBeGreaterThan(0);
    expect(extra).toBeCloseTo(alone / 2);
    expect(weight('Power bank 10000mAh with USB cable', '850760')).toBeGreaterThan(extra);
  });
});
