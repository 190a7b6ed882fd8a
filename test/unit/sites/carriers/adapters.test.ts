// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CARRIER_ADAPTERS, CARRIER_MATCHES, findCarrierAdapter } from '../../../../lib/sites/carriers';
import { dhl } from '../../../../lib/sites/carriers/dhl';
import { CarrierAdapterDataSchema } from '../../../../lib/sites/carriers/types';
import { loadFixture } from './fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('carrier adapter data', () => {
  it('lists the eight carriers of issue 6, each valid against the schema, verified ones first', () => {
    expect(CARRIER_ADAPTERS.map((a) => a.id).sort()).toEqual([
      'dhl',
      'easyparcel',
      'fedex',
      'jnt',
      'ninjavan',
      'posmalaysia',
      'singpost',
      'ups',
    ]);
    for (const adapter of CARRIER_ADAPTERS) {
      const { findLines, ...data } = adapter;
      expect(typeof findLines).toBe('function');
      expect(() => CarrierAdapterDataSchema.parse(data)).not.toThrow();
    }
    expect(CARRIER_ADAPTERS[0]?.verified).toBe(true);
  });

  it('has selectors that parse as CSS', () => {
    for (const adapter of CARRIER_ADAPTERS) {
      const selectors = [
        adapter.lineSelector,
        adapter.destination,
        adapter.optionSelector,
        ...Object.values(adapter.fields),
      ];
      for (const selector of selectors.filter((s): s is string => Boolean(s))) {
        expect(() => document.querySelectorAll(selector), `${adapter.id}: ${selector}`).not.toThrow();
      }
    }
  });

  it('uses only match patterns a manifest accepts (no wildcard TLD), deduplicated', () => {
    for (const pattern of CARRIER_MATCHES) expect(pattern).not.toMatch(/\.\*\//);
    expect(new Set(CARRIER_MATCHES).size).toBe(CARRIER_MATCHES.length);
  });

  it('declares the field formats the carriers document', () => {
    const byId = Object.fromEntries(CARRIER_ADAPTERS.map((a) => [a.id, a]));
    expect(byId.fedex?.hsFormat).toEqual({ digits: [6], dotted: true, autocomplete: true });
    expect(byId.dhl?.hsFormat.autocomplete).toBe(false);
    expect(byId.dhl?.hsFormat.dotted).toBe(false);
  });
});

describe('findCarrierAdapter', () => {
  it.each([
    ['https://mydhl.express.dhl/id/en/shipment.html#/address-details', 'dhl'],
    ['https://www.fedex.com/shipping/shipEntryAction.do', 'fedex'],
    ['https://www.ups.com/ship/guided/package', 'ups'],
    ['https://dashboard.ninjavan.co/my/orders', 'ninjavan'],
    ['https://dashboard-sandbox.ninjavan.co/sg/orders', 'ninjavan'],
    ['https://www.jet.co.id/kirim', 'jnt'],
    ['https://jtexpress.my/booking', 'jnt'],
    ['https://www.jtexpress.co.th/order', 'jnt'],
    ['https://www.speedpost.com.sg/ezy2ship', 'singpost'],
    ['https://sendparcel.poslaju.com.my/international', 'posmalaysia'],
    ['https://app.easyparcel.com/sg/en/quote', 'easyparcel'],
  ])('%s → %s', (url, id) => {
    expect(findCarrierAdapter(url)?.id).toBe(id);
  });

  it.each([
    'https://www.fedex.com.evil.example/ship',
    'https://evilmydhl.express.dhl.example/',
    'http://www.ups.com/ship/guided/package',
    'https://seller.shopee.sg/portal/product/new',
    'not a url',
  ])('claims nothing for %s', (url) => {
    expect(findCarrierAdapter(url)).toBeUndefined();
  });
});

describe('MyDHL+ adapter', () => {
  it('never returns the same-named inputs of a hidden step template', () => {
    loadFixture('dhl');
    const decoy = document.getElementById('tpl-code');
    const lines = dhl.findLines(document);
    expect(lines.every((line) => line.elements.hsCode !== decoy)).toBe(true);
    expect(lines.map((line) => line.elements.hsCode.id)).toEqual(['commodityCode-0', 'commodityCode-1']);
  });

  it('reads the visible field of a line when a hidden duplicate precedes it', () => {
    loadFixture('dhl');
    const row = document.querySelector('.line-item')!;
    row.insertAdjacentHTML(
      'afterbegin',
      '<div class="ng-hide"><input name="description" value="stale template"></div>',
    );
    expect(dhl.findLines(document)[0]?.description).toBe("Men's cotton t-shirt, short sleeve, knitted");
  });

  it('finds the new line when an item is added (the SPA re-renders in place)', () => {
    loadFixture('dhl');
    const items = document.querySelector('.items')!;
    const copy = items.lastElementChild!.cloneNode(true) as Element;
    copy.querySelector<HTMLInputElement>('[name=description]')!.value = 'Bamboo toothbrush, pack of 4';
    items.append(copy);
    expect(
      dhl
        .findLines(document)
        .map((line) => line.description)
        .at(-1),
    ).toBe('Bamboo toothbrush, pack of 4');
  });

  it('falls back to the generic finder when the page no longer uses the observed names', () => {
    loadFixture('dhl');
    for (const input of Array.from(document.querySelectorAll('input[name=commodityCode]')))
      input.setAttribute('name', 'hsTariff');
    const lines = dhl.findLines(document);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.source === 'generic')).toBe(true);
    expect(lines[0]?.description).toBe("Men's cotton t-shirt, short sleeve, knitted");
  });
});
