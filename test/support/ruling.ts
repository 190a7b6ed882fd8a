import { normalizeKey } from '../../lib/classify/normalize';
import type { Ruling } from '../../lib/db/rulings-schema';

/** An approved team ruling for engine tests, keyed like an imported one; `extra` overrides any field. */
export function makeRuling(
  id: string,
  description: string,
  code: string,
  extra: Partial<Ruling> = {},
): Ruling {
  return {
    id,
    description,
    key: normalizeKey(description),
    code,
    status: 'approved',
    hsEdition: 'HS2022',
    decidedAt: '2025-01-01',
    source: 'local',
    updatedAt: 1,
    ...extra,
  };
}
