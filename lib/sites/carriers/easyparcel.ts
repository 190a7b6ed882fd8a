import { defineCarrier } from './define';

/**
 * EasyParcel ("NextGen", app.easyparcel.com/{my,sg}/en/…), a MY/SG aggregator that books DHL, FedEx, J&T and
 * others. International shipments need a commercial invoice; its item/HS fields are unverified [U]. The
 * selectors are leads; the generic finder reads the placeholders and labels otherwise.
 */
export const easyparcel = defineCarrier({
  id: 'easyparcel',
  name: 'EasyParcel',
  matches: ['https://app.easyparcel.com/*'],
  verified: false,
  lineSelector: '[data-invoice-item], .invoice-item',
  fields: {
    description: 'input[name*="item_description"], input[name*="itemDescription"]',
    hsCode: 'input[name*="hs_code"], input[name*="hsCode"]',
    quantity: 'input[name*="quantity"]',
    value: 'input[name*="unit_value"], input[name*="unitValue"]',
    weight: 'input[name*="unit_weight"], input[name*="unitWeight"]',
    origin: 'select[name*="origin"]',
  },
  destination: 'select[name="receiver_country"], select[name="receiverCountry"]',
  hsFormat: { digits: [6, 8], dotted: false, autocomplete: false },
});
