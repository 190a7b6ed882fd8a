import { defineCarrier } from './define';

/**
 * Ninja Van dashboard (dashboard.ninjavan.co, orders at /home/order/<id>; sandbox at dashboard-sandbox). The
 * international item fields are unverified [U]: the selectors are leads taken from the field names of Ninja Van's
 * order API (`items[].item_description`, `hs_code`, `quantity`, `unit_value`, `unit_weight`,
 * `origin_country`), which dashboards commonly reuse as form names. Otherwise the generic finder applies.
 */
export const ninjavan = defineCarrier({
  id: 'ninjavan',
  name: 'Ninja Van',
  matches: ['https://dashboard.ninjavan.co/*', 'https://dashboard-sandbox.ninjavan.co/*'],
  verified: false,
  lineSelector: '[data-item-index], .item-row',
  fields: {
    description: 'input[name$="item_description"], textarea[name$="item_description"]',
    hsCode: 'input[name$="hs_code"]',
    quantity: 'input[name$="quantity"]',
    value: 'input[name$="unit_value"]',
    weight: 'input[name$="unit_weight"]',
    origin: 'select[name$="origin_country"], input[name$="origin_country"]',
  },
  destination: 'select[name="to_country"], select[name="destination_country"], input[name="to_country"]',
  hsFormat: { digits: [6, 8], dotted: false, autocomplete: false },
});
