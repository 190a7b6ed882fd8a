import { defineCarrier } from './define';

/**
 * SingPost / SpeedPost: corporate booking goes through ezy2ship on speedpost.com.sg; consumer declarations follow
 * the CN23 layout (detailed description, quantity, weight, value, HS number, origin; target-pages.md A.2). Field
 * names are unverified [U]: the selectors are CN23-shaped leads (a table of contents lines), and the generic
 * finder reads the CN23 column headers ("HS tariff number", "Country of origin of goods").
 */
export const singpost = defineCarrier({
  id: 'singpost',
  name: 'SingPost / SpeedPost (ezy2ship)',
  matches: ['https://*.speedpost.com.sg/*', 'https://*.singpost.com/*', 'https://*.ezy2ship.com/*'],
  verified: false,
  lineSelector: 'tr.cn23-item, tr[data-cn23-line]',
  fields: {
    description: 'input[name*="ContentDesc"], input[name*="contentDesc"]',
    hsCode: 'input[name*="HsTariff"], input[name*="hsTariff"]',
    quantity: 'input[name*="ContentQty"], input[name*="contentQty"]',
    value: 'input[name*="ContentValue"], input[name*="contentValue"]',
    weight: 'input[name*="ContentWeight"], input[name*="contentWeight"]',
    origin: 'select[name*="ContentOrigin"], select[name*="contentOrigin"]',
  },
  destination: 'select[name*="DestCountry"], select[name*="destCountry"]',
  hsFormat: { digits: [6, 8], dotted: false, autocomplete: false },
});
