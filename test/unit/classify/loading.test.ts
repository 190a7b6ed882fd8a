import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import calibration from '../../../lib/classify/calibration.json';
import { buildBm25, loadBm25, searchBm25 } from '../../../lib/classify/bm25';
import { ALL_PREBUILT, buildEngineData } from '../../../lib/classify/data';
import { garmentCues, retargetGarment } from '../../../lib/classify/garment';
import { compileLexicon, precompileLexicon, type PrecompiledLexicon } from '../../../lib/classify/lexicon';
import type { LexiconFile } from '../../../lib/classify/lexicon-schema';
import { lexiconSourceDigest, loadEngineDataNode, readLexiconDir } from '../../../lib/classify/load-node';
import { normalizeKey, normalizeText } from '../../../lib/classify/normalize';
import { RulingIndex } from '../../../lib/classify/ruling-index';
import { makeRuling } from '../../support/ruling';

const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string): unknown => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
const data = loadEngineDataNode({ shipped: false });

describe('prebuilt data (service-worker path)', () => {
  it('loads the shipped files with a shape check only, same engine as the validated path', () => {
    const shipped = loadEngineDataNode({ shipped: true });
    expect(shipped.nomenclature.hs.size).toBe(data.nomenclature.hs.size);
    expect(shipped.index.docs.length).toBe(data.index.docs.length);
    // public/data/lexicon.json is rebuilt by scripts/build-data.ts; it may lag an edit of the source files.
    expect(shipped.lexicon.entries.length).toBeGreaterThan(500);
  });

  it('rejects malformed prebuilt files with a clear message', () => {
    const files = {
      nomenclature: read('public/data/nomenclature.json'),
      searchIndex: read('public/data/search-index.json'),
      lexicon: read('public/data/lexicon.json'),
      calibration,
    };
    expect(() => buildEngineData({ ...files, nomenclature: { edition: 'HS2017' } }, ALL_PREBUILT)).toThrow(
      /nomenclature\.json is malformed/,
    );
    expect(() =>
      buildEngineData(
        { ...files, searchIndex: { k1: 1, b: 1, docs: [], lens: [], terms: [], lists: [] } },
        ALL_PREBUILT,
      ),
    ).toThrow(/search-index\.json/);
    expect(() =>
      buildEngineData({ ...files, lexicon: { files: [{ entries: [{ code: 'x' }] }] } }, ALL_PREBUILT),
    ).toThrow(/lexicon\.json/);
  });

  it('precompiled lexicon patterns match compiling from the source terms', () => {
    const files = (readLexiconDir() as { files: LexiconFile[] }).files;
    const fresh = compileLexicon(files);
    const pre = compileLexicon(JSON.parse(JSON.stringify(precompileLexicon(files))) as PrecompiledLexicon);
    expect(JSON.stringify(pre.entries)).toBe(JSON.stringify(fresh.entries));
    expect([...pre.byFirst.keys()].sort()).toEqual([...fresh.byFirst.keys()].sort());
  });

  it('fingerprints the lexicon source files, so a stale shipped lexicon is not used by Node loaders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
    writeFileSync(path.join(dir, 'a.json'), '{"entries":[]}');
    const before = lexiconSourceDigest(dir);
    expect(lexiconSourceDigest(dir)).toBe(before);
    writeFileSync(path.join(dir, 'a.json'), '{"entries": []}');
    expect(lexiconSourceDigest(dir)).not.toBe(before);
    writeFileSync(path.join(dir, 'b.json'), '{"entries":[]}');
    expect(lexiconSourceDigest(dir)).not.toBe(before);
    rmSync(dir, { recursive: true });
  });

  it('the shipped entry index has one document per lexicon entry, in the same order', () => {
    const shipped = loadEngineDataNode({ shipped: true });
    expect(shipped.lexIndex.docs.length).toBe(shipped.lexicon.entries.length);
    const hits = searchBm25(data.lexIndex, ['power', 'bank'], 3).map(([i]) => data.lexicon.entries[+i]!.code);
    expect(hits).toContain('850760');
  });
});

describe('normalizeText fast path', () => {
  it('gives the same result as the full pipeline for plain letters', () => {
    expect(normalizeText('  Power   Bank ')).toBe('power bank');
    expect(normalizeText('Kaos Katun Pria')).toBe('kaos katun pria');
    expect(normalizeText('')).toBe('');
  });
});

describe('BM25 top-k', () => {
  it('returns the same top documents as a full sort', () => {
    const docs = Array.from({ length: 600 }, (_, i) => ({
      id: `d${i}`,
      tokens: ['common', ...(i % 7 === 0 ? ['rare'] : []), ...Array(i % 5).fill('tf')],
    }));
    const index = loadBm25(buildBm25(docs));
    const top = searchBm25(index, ['common', 'rare', 'tf'], 20);
    expect(top).toHaveLength(20);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]![1]).toBeGreaterThanOrEqual(top[i]![1]);
    expect(top[0]![0]).toMatch(/^d\d+$/);
    expect(Number(top[0]![0].slice(1)) % 7).toBe(0);
  });
});

describe('ruling index slots', () => {
  const ruling = (id: string, description: string, code: string, sku?: string) =>
    makeRuling(id, description, code, sku ? { sku } : {});

  it('reuses freed slots without leaking old postings', () => {
    const idx = RulingIndex.from([
      ruling('a', 'bamboo cutting board', '44190000', 'SKU-1'),
      ruling('b', 'ceramic flower vase', '69139000'),
    ]);
    idx.remove('a');
    idx.add(ruling('c', 'steel vacuum flask', '96170010'));
    expect(idx.size).toBe(2);
    expect(idx.exact('sku 1', '')).toBeNull();
    expect(idx.neighbours(['bamboo', 'board'])).toHaveLength(0);
    expect(idx.neighbours(['vacuum', 'flask'])[0]?.ruling.id).toBe('c');
    expect(idx.exact(undefined, normalizeKey('flower vase ceramic'))?.rulings[0]?.id).toBe('b');
  });
});

describe('apparel attributes', () => {
  it('reads knitted/woven, gender and babies from the text', () => {
    expect(garmentCues("a women's knitted wool cape")).toEqual({
      knit: true,
      gender: 'women',
      babies: false,
    });
    expect(garmentCues('Kaos rajut pria')).toEqual({ knit: true, gender: 'men', babies: false });
    expect(garmentCues('unisex denim jacket for men and women')).toEqual({
      knit: false,
      gender: null,
      babies: false,
    });
    expect(garmentCues('infants sweater').babies).toBe(true);
  });

  it('moves a garment code to the counterpart heading the nomenclature defines, keeping the material', () => {
    const nom = data.nomenclature;
    expect(retargetGarment(nom, '620220', { knit: true, gender: null, babies: false })).toBe('610210'); // wool coat, knitted
    expect(retargetGarment(nom, '620443', { knit: null, gender: 'men', babies: false })).toBe('6203'); // no men's dresses subheading
    expect(retargetGarment(nom, '6204', { knit: true, gender: null, babies: false })).toBe('6104');
    expect(retargetGarment(nom, '610910', { knit: null, gender: null, babies: true })).toBe('611120'); // cotton
    expect(retargetGarment(nom, '850760', { knit: true, gender: 'men', babies: true })).toBe('850760'); // not apparel
  });
});

// These use the real lexicon (lib/classify/lexicon), so they pin behaviour, not exact scores.
describe('multilingual matching', () => {
  it('drops a Thai term found only inside a longer matched term', async () => {
    const { classify } = await import('../../../lib/classify/classify');
    const r = classify({ title: 'กระเป๋าสะพาย' }, { data }); // shoulder bag; contains พาย (pie)
    expect(r.hs6?.slice(0, 4)).toBe('4202');
    expect(r.candidates.some((c) => c.code.startsWith('1905'))).toBe(false);
  });

  it('searches the English nomenclature with the lexicon entry name to pick the subheading', async () => {
    const { classify } = await import('../../../lib/classify/classify');
    const r = classify({ title: '连衣裙' }, { data }); // dress
    expect(r.hs6).toMatch(/^62044\d$/);
  });

  it('ignores a product word that follows a negation', async () => {
    const { gatherEvidence } = await import('../../../lib/classify/evidence');
    const ev = gatherEvidence(data, { title: 'AMD Ryzen 5 processor no fan' });
    expect(ev.lexHits.some((h) => h.code.startsWith('8414'))).toBe(false);
  });
});
