import { afterEach } from 'vitest';
import { openDb, type ClearLaneDb } from '../../../lib/db';

/** A fresh database per test, deleted afterwards so tests never see each other's rows. */
export function useTestDb(): () => ClearLaneDb {
  let current: ClearLaneDb | undefined;
  let n = 0;
  afterEach(async () => {
    if (current) await current.delete();
    current = undefined;
  });
  return () => {
    current = openDb(`sync-test-${process.pid}-${Date.now()}-${n++}`);
    return current;
  };
}
