import { defineCarrier } from './define';

/**
 * DHL Express MyDHL+ (mydhl.express.dhl/{cc}/{lang}/…#/…), an Angular SPA routed by the URL hash, so the lead's
 * content script must re-run findLines on `hashchange`. The per-line `name` attributes (description,
 * commodityCode, quantity, itemValue, weight, countryName) were observed live in 2026 (target-pages.md A.2):
 * verified. The line container and the receiver-country field were not observed, so there is no lineSelector
 * (rows are derived from the commodityCode fields) and the destination selector is a lead. Hidden templates of
 * other steps keep same-named inputs in the DOM; lines.ts only ever takes visible fields.
 * commodityCode is a plain text input (a separate "code lookup" button opens a search), taking 6 to 10 digits
 * without dots [U for the accepted lengths: DHL asks for "at least 6"].
 */
export const dhl = defineCarrier({
  id: 'dhl',
  name: 'DHL Express (MyDHL+)',
  matches: ['https://mydhl.express.dhl/*'],
  verified: true,
  fields: {
    description: 'input[name="description"], textarea[name="description"]',
    hsCode: 'input[name="commodityCode"]',
    quantity: 'input[name="quantity"]',
    value: 'input[name="itemValue"]',
    weight: 'input[name="weight"]',
    origin: 'input[name="countryName"]',
  },
  destination:
    'select[name="receiverCountry"], input[name="receiverCountry"], input[name="destinationCountry"], ' +
    'select[name="destinationCountry"]',
  hsFormat: { digits: [6, 8, 10], dotted: false, autocomplete: false },
});
