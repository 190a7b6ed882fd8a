import { makeFindLines } from './lines';
import { CarrierAdapterDataSchema, type CarrierAdapter, type CarrierAdapterData } from './types';

/** Validates an adapter's data once at load (a bad selector list fails here, not on a seller's page). */
export function defineCarrier(data: CarrierAdapterData): CarrierAdapter {
  const parsed = CarrierAdapterDataSchema.parse(data);
  return { ...parsed, findLines: makeFindLines(parsed) };
}
