import { useState } from 'react';
import type { ProductSummary } from '@/lib/messages';
import { ResultView } from './ResultView';
import { DecideForm, type Decision } from './DecideForm';
import { ModelAdvice } from './ModelAdvice';
import { Highlight } from './Highlight';

/** One captured product with its classification, and the decision form when a human has to decide. */
export function ProductCard({
  product,
  onDecide,
}: {
  product: ProductSummary;
  onDecide: (id: string, d: Decision) => Promise<void>;
}) {
  const [suggested, setSuggested] = useState<string | undefined>();
  return (
    <article className="product" data-testid="product" aria-label={product.title}>
      <h3 data-testid="product-title">
        {product.title ? (
          <Highlight
            text={product.title}
            words={product.result?.flags.filter((f) => !f.negated).map((f) => f.keyword) ?? []}
          />
        ) : (
          '(no title)'
        )}
      </h3>
      <p className="muted">
        {product.site} · {product.sku ? `SKU ${product.sku} · ` : ''}
        {new Date(product.updatedAt).toLocaleString()}
      </p>
      {product.result && <ResultView result={product.result} />}
      {product.result && product.tier === 'auto' && product.advice && (
        <ModelAdvice productId={product.id} stored={product.advice} candidates={product.result.candidates} />
      )}
      {product.result && product.tier !== 'auto' && (
        <>
          <ModelAdvice
            productId={product.id}
            stored={product.advice}
            candidates={product.result.candidates}
            onSuggest={setSuggested}
          />
          <DecideForm
            key={suggested}
            result={product.result}
            initialCode={suggested}
            onDecide={(d) => onDecide(product.id, d)}
          />
        </>
      )}
    </article>
  );
}
