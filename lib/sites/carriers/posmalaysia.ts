import { defineCarrier } from './define';

/**
 * Pos Malaysia: Pos Laju SendParcel (sendparcel.poslaju.com.my; /open/trace and /apiv1/check_price observed) and
 * pos.com.my. The web form's item fields are unverified [U]. Malaysian forms are often bilingual ("Kod Tarif /
 * HS Code", "Perihal Barang"), which the generic finder reads; the selectors are leads only. For goods of RM500
 * or less sold into Malaysia the CN22/CN23 must also carry the seller's TIN (Australia Post's Malaysia guide).
 */
export const posmalaysia = defineCarrier({
  id: 'posmalaysia',
  name: 'Pos Malaysia (Pos Laju SendParcel)',
  matches: ['https://sendparcel.poslaju.com.my/*', 'https://*.pos.com.my/*'],
  verified: false,
  lineSelector: '.parcel-item, [data-parcel-item]',
  fields: {
    description: 'input[name*="item_desc"], textarea[name*="item_desc"]',
    hsCode: 'input[name*="hs_code"], input[name*="tariff_code"]',
    quantity: 'input[name*="item_qty"]',
    value: 'input[name*="item_value"]',
    weight: 'input[name*="item_weight"]',
    origin: 'select[name*="item_origin"]',
  },
  destination: 'select[name="receiver_country"], select[name="country_to"]',
  hsFormat: { digits: [6, 8], dotted: false, autocomplete: false },
});
