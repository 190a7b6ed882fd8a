import { defineCarrier } from './define';

/**
 * FedEx Ship Manager at fedex.com. Known (target-pages.md A.2, FedEx help and API docs): per-commodity
 * description (3–450 characters), quantity, weight and customs value ("as totals" or "per unit"), a Country of
 * Manufacture select with English display names ("Hong Kong SAR, China"), and a Harmonized Code autocomplete that
 * offers 6-digit codes in dotted form "9018.90": typing alone does not set it, an option must be picked.
 * Unverified [U]: the new UI's URL and its attribute names. The selectors below are leads built on the field
 * names of the FedEx API (commodities[].description, harmonizedCode, countryOfManufacture) and ARIA roles; when
 * they match nothing the generic finder (by label: "Harmonized code", "Commodity description") takes over.
 */
export const fedex = defineCarrier({
  id: 'fedex',
  name: 'FedEx Ship Manager',
  matches: ['https://www.fedex.com/*'],
  verified: false,
  lineSelector: '[data-commodity-index], fieldset.commodity, .commodity-row',
  fields: {
    description: 'textarea[name*="description"], input[name*="description"], input[name*="Description"]',
    hsCode:
      'input[name*="harmonizedCode"], input[name*="HarmonizedCode"], input[role="combobox"][name*="harmonized"]',
    quantity: 'input[name*="quantity"], input[name*="Quantity"]',
    value: 'input[name*="customsValue"], input[name*="CustomsValue"]',
    weight: 'input[name*="weight"], input[name*="Weight"]',
    origin: 'select[name*="countryOfManufacture"], select[name*="CountryOfManufacture"]',
  },
  destination: 'select[name*="recipientCountry"], select[name*="RecipientCountry"], select[name="toCountry"]',
  hsFormat: { digits: [6], dotted: true, autocomplete: true },
  optionSelector: '[role="listbox"] [role="option"]',
});
