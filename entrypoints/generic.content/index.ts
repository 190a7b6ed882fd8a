import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractGeneric } from '@/lib/sites/generic';
import { toCapturedProduct } from '@/lib/sites/to-product';
import { genericLines } from '@/lib/sites/carriers/lines';
import { createLineAssistant } from '@/lib/content/assist-lines';
import { send } from '@/lib/messaging/send';

/**
 * Injected on request only (popup "Classify this page" or the context menu), after the user granted this
 * origin: a declaration form found by its field labels gets line assistance; any other page is read as a
 * product page (structured data, then Readability). Unrecognised pages get nothing, and no error.
 */
export default defineContentScript({
  matches: ['https://example.invalid/*'], // never matched: registration is at run time, on request
  registration: 'runtime',
  async main() {
    const lines = genericLines(document, 'generic');
    if (lines.length > 0) {
      // Unknown forms: plain text fields, 6 digits only, the width every HS-based form accepts.
      await createLineAssistant({
        site: 'generic',
        format: { digits: [6], dotted: false, autocomplete: false },
      }).run(lines);
      return { kind: 'declaration', lines: lines.length };
    }
    const draft = extractGeneric(document, location.href);
    if (!draft) return { kind: 'none' };
    const { result } = await send('capture-product', toCapturedProduct(draft));
    return { kind: 'product', title: draft.title, tier: result.tier };
  },
});
