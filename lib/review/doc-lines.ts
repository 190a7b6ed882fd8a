import type { ClassifyResult } from '../classify/types';
import type { DocLineFacts } from '../messages-review';

interface ProductFacts {
  id: string;
  title: string;
  tier?: string;
  result?: ClassifyResult;
}
interface DecisionFacts {
  kind: string;
  code?: string;
}

/**
 * The code a document may print for one product. A person's latest accept or override wins; otherwise only an
 * automatic classification counts. Documents need at least HS6, so a four-digit heading is not enough.
 */
export function docLineFacts(product: ProductFacts, latest?: DecisionFacts): DocLineFacts {
  const base = { productId: product.id, description: product.title };
  if (latest && (latest.kind === 'accept' || latest.kind === 'override') && latest.code) {
    return { ...base, code: latest.code.length >= 6 ? latest.code : null, tier: 'decided' };
  }
  const tier = product.tier === 'auto' || product.tier === 'review' ? product.tier : 'manual';
  const code = product.result?.code ?? product.result?.candidates[0]?.code ?? null;
  return { ...base, code: code && code.length >= 6 ? code : null, tier };
}
