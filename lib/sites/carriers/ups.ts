import { defineCarrier } from './define';

/**
 * UPS guided shipping (www.ups.com/ship/guided/{origin,destination,package,options,…}), Angular. Observed ids
 * (target-pages.md A.2): `destination-cac_country` is the destination country, and element ids follow the
 * `<step>-<control>` pattern. The commercial-invoice step's DOM is unverified [U]: the line selectors below
 * extend the observed id pattern ("invoice-…") and fall back to the generic finder ("Tariff code",
 * "Description of goods"). UPS asks for a tariff code of 6 to 10 digits without dots [U].
 */
export const ups = defineCarrier({
  id: 'ups',
  name: 'UPS guided shipping',
  matches: ['https://www.ups.com/*'],
  verified: false,
  lineSelector: '[id^="invoice-product-row"], .invoice-product',
  fields: {
    description: 'input[id*="productDescription"], textarea[id*="productDescription"]',
    hsCode: 'input[id*="tariffCode"], input[id*="commodityCode"]',
    quantity: 'input[id*="productQuantity"], input[id*="numberOfUnits"]',
    value: 'input[id*="unitPrice"], input[id*="productValue"]',
    weight: 'input[id*="productWeight"]',
    origin: 'select[id*="originCountry"], input[id*="originCountry"]',
  },
  destination: '#destination-cac_country',
  hsFormat: { digits: [6, 8, 10], dotted: false, autocomplete: false },
});
