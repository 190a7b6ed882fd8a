import { dhl } from './dhl';
import { easyparcel } from './easyparcel';
import { fedex } from './fedex';
import { jnt } from './jnt';
import { matchesPattern, toUrl } from './match';
import { ninjavan } from './ninjavan';
import { posmalaysia } from './posmalaysia';
import { singpost } from './singpost';
import type { CarrierAdapter } from './types';
import { ups } from './ups';

export type { CarrierAdapter, DeclarationLine, DeclarationLineData, HsFormat, LineElements } from './types';
export { DeclarationLineSchema, HsFormatSchema } from './types';
export { watchLines } from './watch';

/** Every carrier adapter, the verified ones first so they win if two ever claim the same URL. */
export const CARRIER_ADAPTERS: readonly CarrierAdapter[] = [
  dhl,
  fedex,
  ups,
  ninjavan,
  jnt,
  singpost,
  posmalaysia,
  easyparcel,
].sort((a, b) => Number(b.verified) - Number(a.verified));

/** The content script's `matches` for carrier pages, deduplicated. */
export const CARRIER_MATCHES: readonly string[] = [
  ...new Set(CARRIER_ADAPTERS.flatMap((adapter) => adapter.matches)),
];

/** The adapter whose match patterns cover the URL, or undefined (the generic finder may still help there). */
export function findCarrierAdapter(url: string | URL): CarrierAdapter | undefined {
  const parsed = toUrl(url);
  if (!parsed) return undefined;
  return CARRIER_ADAPTERS.find((adapter) =>
    adapter.matches.some((pattern) => matchesPattern(pattern, parsed)),
  );
}
