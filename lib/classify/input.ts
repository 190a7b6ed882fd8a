import { KNOWN_COUNTRIES, type ProductInput } from './types';

/** Descriptions longer than this are cut before processing (a pasted 50 kB HTML page is not a description). */
export const MAX_INPUT_CHARS = 20_000;

export interface CheckedInput {
  product: ProductInput;
  destinations: string[];
  warnings: string[];
  isEmpty: boolean;
}

/**
 * Cleans one product for the engine and says what was wrong, so the CLI and the UI can show a per-row warning
 * instead of failing the run: empty titles, oversized text, unknown destination codes.
 */
export function checkInput(product: ProductInput, fallbackDestinations: string[] = []): CheckedInput {
  const warnings: string[] = [];
  const clip = (s: string | undefined, label: string) => {
    if (s === undefined || s.length <= MAX_INPUT_CHARS) return s;
    warnings.push(`${label} is ${s.length} characters; only the first ${MAX_INPUT_CHARS} were read`);
    return s.slice(0, MAX_INPUT_CHARS);
  };
  const title = clip(product.title, 'title') ?? '';
  const description = clip(product.description, 'description');
  const isEmpty = title.trim() === '' && (description ?? '').trim() === '';
  if (isEmpty) warnings.push('empty title and description: nothing to classify');
  else if (title.trim() === '') warnings.push('empty title: classified from the description only');
  const requested = (product.destinations?.length ? product.destinations : fallbackDestinations).map((c) =>
    c.trim().toUpperCase(),
  );
  const destinations: string[] = [];
  for (const c of requested) {
    if (!/^[A-Z]{2}$/.test(c)) warnings.push(`destination "${c}" is not an ISO country code; ignored`);
    else if (!(KNOWN_COUNTRIES as readonly string[]).includes(c)) {
      warnings.push(`destination ${c} has no ClearLane country rules; only the shared HS code applies`);
      destinations.push(c);
    } else destinations.push(c);
  }
  const effectiveTitle = title.trim() === '' ? (description ?? '').slice(0, 300) : title;
  return {
    product: { ...product, title: effectiveTitle, description, destinations },
    destinations: [...new Set(destinations)],
    warnings,
    isEmpty,
  };
}
