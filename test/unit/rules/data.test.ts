import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules, compileRule, RULE_FILES } from '../../../lib/rules/catalog';
import { evaluateFlags } from '../../../lib/rules/flags';
import { REGIME_NOTES } from '../../../lib/rules/regimes';
import { RULE_LANGUAGES, RuleFileSchema, type RegulatedRule } from '../../../lib/rules/schema';
import { prepareText } from '../../../lib/rules/text';

const HS_CODES = new Set(
  readFileSync('data/hs2022/harmonized-system.csv', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[1])
    .filter((c): c is string => Boolean(c)),
);

const rules: RegulatedRule[] = Object.values(RULE_FILES).flatMap((f) => RuleFileSchema.parse(f).rules);

/** The categories issue 4 requires at least one rule for. */
const REQUIRED_CATEGORIES = [
  'batteries',
  'drones',
  'knives and bladed items',
  'weapons and replicas',
  'herbal supplements and vitamins',
  'cosmetics, skincare and perfume',
  'food and drinks',
  'e-cigarettes and heated tobacco',
  'radio equipment',
  'medicines and medical devices',
  'seeds, plants and soil',
  'animal products',
  'liquids and aerosols',
  'alcohol and tobacco',
];

describe('regulated-goods rule data', () => {
  it('parses every file with the schema', () => {
    for (const file of Object.values(RULE_FILES)) expect(RuleFileSchema.safeParse(file).success).toBe(true);
  });

  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every category the issue lists', () => {
    const categories = new Set(rules.map((r) => r.category));
    for (const c of REQUIRED_CATEGORIES) expect(categories, c).toContain(c);
  });

  it('uses HS prefixes that exist in HS 2022', () => {
    const missing = rules.flatMap((r) =>
      (r.hsPrefixes ?? []).filter((p) => !HS_CODES.has(p)).map((p) => `${r.id}:${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every rule keywords in all seven languages', () => {
    for (const rule of rules) {
      for (const lang of RULE_LANGUAGES)
        expect(rule.keywords[lang]?.length ?? 0, `${rule.id} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('matches every keyword against its own rule', () => {
    const all = builtInRules();
    const failures: string[] = [];
    for (const rule of rules) {
      for (const lang of RULE_LANGUAGES) {
        for (const keyword of rule.keywords[lang] ?? []) {
          const flags = evaluateFlags(all, prepareText(keyword), ['SG'], []);
          if (!flags.some((f) => f.rule === rule.id)) failures.push(`${rule.id} ${lang} "${keyword}"`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('matches Vietnamese keywords written without diacritics too', () => {
    const all = builtInRules();
    const failures: string[] = [];
    for (const rule of rules) {
      for (const keyword of rule.keywords.vi ?? []) {
        const plain = keyword
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D');
        const flags = evaluateFlags(all, prepareText(plain), ['SG'], []);
        if (!flags.some((f) => f.rule === rule.id)) failures.push(`${rule.id} "${plain}"`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('fires HS-prefix rules from candidate codes alone', () => {
    for (const rule of rules.filter((r) => r.hsPrefixes?.length)) {
      const code = rule.hsPrefixes![0]!.padEnd(6, '0');
      const flags = evaluateFlags([compileRule(rule)], prepareText('item'), ['SG'], [code]);
      expect(flags[0]?.keyword, rule.id).toBe(`HS ${code}`);
    }
  });

  it('has dated regime notes with a source for known destinations', () => {
    expect(REGIME_NOTES.length).toBeGreaterThan(0);
    for (const note of REGIME_NOTES) {
      expect(Number.isNaN(Date.parse(note.date)), note.title).toBe(false);
      expect(['SG', 'MY', 'ID', 'TH', 'VN', 'PH']).toContain(note.country);
    }
  });
});
