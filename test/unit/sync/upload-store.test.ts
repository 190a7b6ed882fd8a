import { describe, expect, it } from 'vitest';
import { stageUpload, takeUpload } from '../../../lib/sync/upload-store';
import { useTestDb } from './helpers';

describe('upload store (options page → service worker hand-over)', () => {
  const freshDb = useTestDb();

  it('hands over a file once, and a new upload drops the one a closed page left behind', async () => {
    const db = freshDb();
    await stageUpload(db, 'upload-aaaa', new Blob(['{"left":"behind"}']));
    await stageUpload(db, 'upload-bbbb', new Blob(['Đèn bàn, 💡']));
    expect(await takeUpload(db, 'upload-aaaa')).toBeNull();
    expect(await takeUpload(db, 'upload-bbbb')).toBe('Đèn bàn, 💡');
    expect(await takeUpload(db, 'upload-bbbb')).toBeNull();
    expect(await db.meta.count()).toBe(0);
  });
});
