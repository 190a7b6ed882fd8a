// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../lib/sites/generic';
import { SELLER_ADAPTERS } from '../../../lib/sites/index';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const URL = 'https://shop.example/p/1';

describe('extractGeneric on hostile or odd structured data', () => {
  it('finds a Product among arrays, nulls, multi-typed nodes and @value wrappers', () => {
    const json = JSON.stringify([
      null,
      1,
      'x',
      {
        '@type': ['Thing', 'https://schema.org/Product'],
        name: { '@value': 'Batik sarong' },
        brand: ['Sarong Co'],
        offers: { '@type': 'AggregateOffer', lowPrice: '150000', priceCurrency: 'idr' },
        weight: { value: '0,4', unitCode: 'KGM' },
      },
    ]);
    const draft = extractGeneric(page(`<script type="application/ld+json">${json}</script>`), URL);
    expect(draft).toMatchObject({
      title: 'Batik sarong',
      brand: 'Sarong Co',
      price: 150000,
      currency: 'IDR',
      weightKg: 0.4,
    });
  });

  it('prefers JSON-LD over Open Graph field by field, and uses Open Graph for what JSON-LD lacks', () => {
    const draft = extractGeneric(
      page(
        '<meta property="og:type" content="product"><meta property="og:title" content="OG name">' +
          '<meta property="product:price:amount" content="12.50"><meta property="product:price:currency" content="SGD">' +
          '<script type="application/ld+json">{"@type":"Product","name":"LD name","description":"A long enough description of the product for the reader."}</script>',
      ),
      URL,
    );
    expect(draft?.title).toBe('LD name');
    expect(draft?.price).toBe(12.5);
    expect(draft?.currency).toBe('SGD');
  });

  it('drops an invalid GTIN and a unit it cannot convert rather than guessing', () => {
    const json = '{"@type":"Product","name":"Lamp","gtin13":"12-34","weight":{"value":3,"unitCode":"STONE"}}';
    const draft = extractGeneric(page(`<script type="application/ld+json">${json}</script>`), URL);
    expect(draft?.gtin).toBeUndefined();
    expect(draft?.weightKg).toBeUndefined();
  });

  it('yields no product for an empty page, and no seller adapter throws on one', () => {
    const empty = page('');
    expect(extractGeneric(empty, URL)).toBeNull();
    for (const adapter of SELLER_ADAPTERS) expect(adapter.extract(empty, URL)).toBeNull();
  });
});
