/**
 * Plain-language messages for import failures. Every message states that the cache is unchanged, because
 * imports run in one transaction: when they fail, nothing was written.
 */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
}

interface NamedError {
  name?: string;
  message?: string;
  inner?: NamedError;
}

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  for (let cur = e as NamedError | undefined, depth = 0; cur && depth < 5; cur = cur.inner, depth++) {
    if (typeof cur.name === 'string') names.push(cur.name);
  }
  return names;
}

export function describeImportError(e: unknown): string {
  const names = errorNames(e);
  // Dexie may wrap QuotaExceededError as the inner error of an AbortError (reliability notes B.5).
  if (names.includes('QuotaExceededError')) {
    return 'There is not enough storage space on this device for this import. Nothing was changed: the ruling cache is exactly as before. Free some disk space or import a smaller pack.';
  }
  if (names.includes('ImportCancelledError')) return 'The import was cancelled. Nothing was changed.';
  if (names.includes('DatabaseClosedError')) {
    return 'The extension stopped while importing. Nothing was changed: the ruling cache is exactly as before. Please try again.';
  }
  const msg = (e as NamedError | undefined)?.message ?? String(e);
  return `The import failed (${names[0] ?? 'Error'}: ${msg}). Nothing was changed: the ruling cache is exactly as before.`;
}
