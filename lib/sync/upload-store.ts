import type { ClearLaneDb } from '../db';

/**
 * Hand-over of a picked file from the options page to the service worker. Extension pages share the
 * worker's origin and so its IndexedDB: the page stores the File itself (a Blob, which IndexedDB keeps by
 * reference to the bytes) and the worker reads it back. That replaced sending the text as 4 MB runtime
 * messages, which JSON-encodes every part twice and took ~2.3 s of a 4.75 s 100k-ruling import in Chromium
 * (bench/RESULTS.md). Only the extension's own pages can write this database; content scripts see the
 * web page's IndexedDB, not ours.
 */
const PREFIX = 'sync:upload:';
const keyOf = (uploadId: string) => `${PREFIX}${uploadId}`;

/** Store the file for one upload; one file at a time, so older uploads a closed page left behind go. */
export async function stageUpload(db: ClearLaneDb, uploadId: string, file: Blob): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stale = await db.meta.where('key').startsWith(PREFIX).primaryKeys();
    await db.meta.bulkDelete(stale);
    await db.meta.put({ key: keyOf(uploadId), value: file });
  });
}

/** Read an upload's text and remove it; null when there is none (never staged, or already taken). */
export async function takeUpload(db: ClearLaneDb, uploadId: string): Promise<string | null> {
  const row = await db.meta.get(keyOf(uploadId));
  const file = row?.value;
  try {
    return file instanceof Blob ? await file.text() : null;
  } finally {
    if (row) await db.meta.delete(row.key);
  }
}
