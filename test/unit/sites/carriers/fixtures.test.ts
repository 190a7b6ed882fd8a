// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DeclarationLineSchema, findCarrierAdapter } from '../../../../lib/sites/carriers';
import { genericLines } from '../../../../lib/sites/carriers/lines';
import { fixtureNames, loadFixture, readExpected } from './fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe.each(fixtureNames())('carrier fixture %s', (name) => {
  const expected = readExpected(name);

  it('is claimed by the expected adapter (or none)', () => {
    expect(findCarrierAdapter(expected.url)?.id ?? null).toBe(expected.adapter);
    if (expected.adapter) expect(findCarrierAdapter(expected.url)?.verified).toBe(expected.verified);
  });

  it('yields the expected lines, in order, from visible fields only', () => {
    const doc = loadFixture(name);
    const adapter = findCarrierAdapter(expected.url);
    const lines = adapter ? adapter.findLines(doc) : genericLines(doc, 'generic');
    expect(lines).toHaveLength(expected.lines);
    expect(lines.map((line) => line.description)).toEqual(expected.descriptions);
    expect(lines.map((line) => line.hsValue)).toEqual(expected.hsValues);
    expect(lines.map((line) => line.originCode)).toEqual(expected.origins);
    expect(lines.map((line) => line.quantity)).toEqual(expected.quantities);
    for (const line of lines) {
      expect(line.source).toBe(expected.source);
      expect(line.destinationCode).toBe(expected.destination);
      const { elements, ...data } = line;
      expect(DeclarationLineSchema.parse(data)).toEqual(data);
      expect(elements.hsCode.isConnected).toBe(true);
    }
  });
});
