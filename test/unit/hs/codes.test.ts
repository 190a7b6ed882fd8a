import { describe, expect, it } from 'vitest';
import {
  ancestors,
  formatCode,
  levelOf,
  normalizeEdition,
  parseCode,
  trimNationalZeros,
} from '../../../lib/hs/codes';
import { checkCode, hierarchy, isValidCode } from '../../../lib/hs/nomenclature';
import { loadEngineDataNode } from '../../../lib/classify/load-node';

const nom = loadEngineDataNode().nomenclature;

describe('parseCode', () => {
  it.each([
    ['8507.60', '850760'],
    ['8507 60 00', '85076000'],
    ['85076000', '85076000'],
    ['85.07.60.00', '85076000'],
    ['8507-60-00', '85076000'],
    ['HS 8507.60.00', '85076000'],
    ['  6109.10 ', '610910'],
    ['303.11', '030311'], // dropped leading zero, grouping shows it
    ['1.01', '0101'],
  ])('%s → %s', (written, digits) => {
    expect(parseCode(written)).toBe(digits);
  });

  it.each(['', 'abc', '85O7.60', '85076', '8507.6', '1234567890123', 'power bank'])(
    'rejects %j',
    (written) => {
      expect(parseCode(written)).toBeNull();
    },
  );
});

describe('levels and hierarchy', () => {
  it('knows the level of each code length', () => {
    expect([levelOf('85'), levelOf('8507'), levelOf('850760'), levelOf('85076090'), levelOf('851')]).toEqual([
      'chapter',
      'heading',
      'subheading',
      'national',
      null,
    ]);
  });

  it('lists ancestors broadest first and formats for people', () => {
    expect(ancestors('85076090')).toEqual(['85', '8507', '850760']);
    expect(formatCode('85076090')).toBe('8507.60.90');
    expect(trimNationalZeros('85076000')).toBe('850760');
    expect(normalizeEdition('hs 2017')).toBe('HS2017');
    expect(normalizeEdition(undefined)).toBe('HS2022');
  });

  it('walks chapter → heading → subheading → national line with descriptions', () => {
    const path = hierarchy(nom, '85076090');
    expect(path.map((p) => p.code)).toEqual(['85', '8507', '850760', '85076090']);
    expect(path[2]?.description).toMatch(/lithium-ion/i);
  });
});

describe('validation against HS 2022 / AHTN 2022', () => {
  it('accepts real codes at every level', () => {
    for (const code of ['85', '8507', '850760', '61091010']) expect(isValidCode(nom, code)).toBe(true);
  });

  it('rejects codes that do not exist and reports the longest valid prefix', () => {
    expect(isValidCode(nom, '850799')).toBe(false);
    const check = checkCode(nom, '8507.60.99');
    expect(check.valid).toBe(false);
    expect(check.validPrefix).toBe('850760');
    expect(checkCode(nom, 'not a code').code).toBeNull();
  });

  it('has English, Indonesian and Vietnamese text for AHTN lines', () => {
    const line = nom.national.get('85076090');
    expect(line?.en).toBeTruthy();
    expect(line?.id).toBeTruthy();
    expect(line?.vi).toBeTruthy();
  });
});
