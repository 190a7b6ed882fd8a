import { defineCarrier } from './define';

/**
 * J&T Express: nothing about its booking forms was found (target-pages.md A.2, [U]); EasyParcel books J&T as one
 * of its couriers. Hosts are the national J&T sites, one per ccTLD because a match pattern cannot wildcard the
 * TLD (J&T Indonesia is jet.co.id). With no observed structure the adapter carries only generic name leads and
 * relies on the label-based finder, which reads Indonesian, Malay, Vietnamese, Thai and Chinese labels.
 */
export const jnt = defineCarrier({
  id: 'jnt',
  name: 'J&T Express',
  matches: [
    'https://*.jet.co.id/*',
    'https://*.jtexpress.my/*',
    'https://*.jtexpress.sg/*',
    'https://*.jtexpress.ph/*',
    'https://*.jtexpress.vn/*',
    'https://*.jtexpress.co.th/*',
  ],
  verified: false,
  fields: {
    description: 'input[name="goodsName"], input[name="itemName"]',
    hsCode: 'input[name="hsCode"]',
    quantity: 'input[name="goodsQty"], input[name="itemQty"]',
    value: 'input[name="goodsValue"], input[name="itemValue"]',
    weight: 'input[name="goodsWeight"], input[name="itemWeight"]',
  },
  destination: 'select[name="receiverCountry"], input[name="receiverCountry"]',
  hsFormat: { digits: [6, 8], dotted: false, autocomplete: false },
});
