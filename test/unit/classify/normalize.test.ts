import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  matchLexicon,
  precompileLexicon,
  prepareMatchText,
  type PrecompiledLexicon,
} from '../../../lib/classify/lexicon';
import { foldDiacritics, normalizeKey, normalizeText, tokenize } from '../../../lib/classify/normalize';

describe('normalizeText', () => {
  it('folds Vietnamese diacritics including đ', () => {
    expect(foldDiacritics('Ốp lưng điện thoại Đẹp')).toBe('Op lung dien thoai Dep');
    expect(normalizeText('Ốp Lưng ĐIỆN THOẠI')).toBe('op lung dien thoai');
  });

  it('keeps Thai marks (they are part of the word)', () => {
    expect(normalizeText('เคสโทรศัพท์')).toBe('เคสโทรศัพท์');
  });

  it('normalises units and thousand separators', () => {
    expect(normalizeText('Power Bank 20.000 mAh')).toBe('power bank 20000mah');
    expect(normalizeText('power bank 20,000mAh')).toBe('power bank 20000mah');
    expect(normalizeText('Beras 2,5 Kg')).toBe('beras 2.5kg');
  });

  it('strips HTML, entities, urls and emoji', () => {
    expect(
      normalizeText(
        '<p>Kaos <b>katun</b></p>&amp; 🔥🔥 https://shop.example/x?y=1 <script>alert(1)</script>',
      ),
    ).toBe('kaos katun');
  });

  it('applies NFKC (full-width letters) and lower case', () => {
    expect(normalizeText('ＵＳＢ Ｃａｂｌｅ')).toBe('usb cable');
  });

  it('handles a 50 kB description quickly', () => {
    const big = '<div>Kaos katun pria 😀 ukuran XL</div>'.repeat(1500);
    expect(big.length).toBeGreaterThan(50_000);
    const t0 = performance.now();
    const tokens = tokenize(big);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(tokens.slice(0, 4)).toEqual(['kaos', 'katun', 'pria', 'ukuran']);
  });
});

describe('tokenize', () => {
  it('segments Thai into words', () => {
    expect(tokenize('เคสโทรศัพท์มือถือ')).toContain('โทรศัพท์');
  });

  it('segments Chinese and adds character bigrams', () => {
    const tokens = tokenize('手机壳硅胶');
    expect(tokens).toContain('手机');
    expect(tokens).toContain('硅胶');
  });
});

describe('normalizeKey', () => {
  it('is the same for reordered words, case, diacritics and model numbers', () => {
    expect(normalizeKey('Ốp lưng iPhone SM-G991B')).toBe(normalizeKey('iphone op LUNG g991b'));
    expect(normalizeKey('cotton shirt red')).not.toBe(normalizeKey('cotton shirt blue'));
  });

  it('stays short for huge descriptions', () => {
    expect(
      normalizeKey(
        'word '.repeat(10_000) +
          Array.from({ length: 200 }, (_, i) => `w${'x'.repeat(i % 5)}${i}a`).join(' '),
      ).split(' ').length,
    ).toBeLessThanOrEqual(48);
  });
});

describe('lexicon matching with and without Vietnamese diacritics', () => {
  const lex = compileLexicon([
    {
      domain: 'test',
      entries: [
        { id: 'cap', code: '650500', terms: { en: ['cap'] } },
        { id: 'phone-case', code: '392690', terms: { vi: ['ốp lưng'] } },
        { id: 'cable', code: '854442', terms: { vi: ['cáp sạc'] } },
      ],
    },
  ]);
  const ids = (title: string) => matchLexicon(lex, prepareMatchText(title)).map((h) => h.id);

  it('matches a term typed with its accents, without any, or with some', () => {
    expect(ids('Ốp lưng iPhone 15')).toEqual(['phone-case']);
    expect(ids('op lung iphone 15')).toEqual(['phone-case']);
    expect(ids('Ốp lung iphone')).toEqual(['phone-case']);
    expect(ids('cap sac nhanh')).toEqual(['cable']);
  });

  it('does not let a word typed with other accents match a term that folds the same', () => {
    expect(ids('mũ lưỡi trai cao cấp')).toEqual([]); // "cấp" (premium) is not the English "cap"
    expect(ids('cấp sạc')).toEqual([]);
    expect(ids('baseball cap')).toEqual(['cap']);
  });

  it('survives the shipped (precompiled) form', () => {
    const shipped = compileLexicon(
      JSON.parse(
        JSON.stringify(
          precompileLexicon([
            { domain: 't', entries: [{ id: 'c', code: '854442', terms: { vi: ['cáp sạc'] } }] },
          ]),
        ),
      ) as PrecompiledLexicon,
    );
    expect(matchLexicon(shipped, prepareMatchText('cáp sạc')).length).toBe(1);
    expect(matchLexicon(shipped, prepareMatchText('cấp sạc')).length).toBe(0);
  });
});
