import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateRulings } from '../../../lib/sync/generate';
import { buildPack, serializePackJson, serializePackNdjson } from '../../../lib/sync/pack';
import { readSyncStatus } from '../../../lib/sync/status';
import { checkSyncUrl, hostPermissionFor, syncFromUrl } from '../../../lib/sync/url-sync';
import { useTestDb } from './helpers';
import { clearRulings, countRulings, loadAllRulings } from '../../../lib/db/rulings-store';

const newDb = useTestDb();

/** A real local HTTP server that honours If-None-Match / If-Modified-Since like a static host. */
const served = { body: '', etag: '' as string | null, lastModified: null as string | null, status: 200 };
const requests: IncomingHttpHeaders[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.headers);
    if (served.status !== 200) return void res.writeHead(served.status).end('boom');
    const etagMatch = served.etag && req.headers['if-none-match'] === served.etag;
    const dateMatch = served.lastModified && req.headers['if-modified-since'] === served.lastModified;
    if (etagMatch || dateMatch) return void res.writeHead(304).end();
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (served.etag) headers.etag = served.etag;
    if (served.lastModified) headers['last-modified'] = served.lastModified;
    res.writeHead(200, headers).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
  Object.assign(served, { body: '', etag: null, lastModified: null, status: 200 });
});

describe('syncFromUrl', () => {
  it('imports on 200, then costs one bodiless request while unchanged (ETag)', async () => {
    const db = newDb();
    const pack = await buildPack(generateRulings(300, 21), []);
    Object.assign(served, { body: serializePackNdjson(pack), etag: '"v1"' });
    const url = `${base}/team.ndjson`;
    const first = await syncFromUrl(url, { db, fetch });
    expect(first).toMatchObject({ status: 'updated', counts: { added: 300 } });
    expect((await loadAllRulings(db)).every((r) => r.source === `sync:${url}`)).toBe(true);
    const second = await syncFromUrl(url, { db, fetch, now: () => 777 });
    expect(second.status).toBe('unchanged');
    expect(requests).toHaveLength(2);
    expect(requests[1]?.['if-none-match']).toBe('"v1"');
    expect(await readSyncStatus(db)).toMatchObject({
      lastUnchangedAt: 777,
      lastChecksum: pack.header.checksum,
    });
  });

  it('applies a changed source and reports what changed', async () => {
    const db = newDb();
    const rulings = generateRulings(50, 22);
    Object.assign(served, { body: serializePackJson(await buildPack(rulings, [])), etag: '"a"' });
    await syncFromUrl(`${base}/p.json`, { db, fetch });
    const edited = rulings.map((r, i) =>
      i < 5 ? { ...r, code: '61091000', updatedAt: r.updatedAt + 1 } : r,
    );
    Object.assign(served, { body: serializePackJson(await buildPack(edited.slice(0, 49), [])), etag: '"b"' });
    const res = await syncFromUrl(`${base}/p.json`, { db, fetch });
    // A record missing from the new pack is not a deletion: only tombstones delete.
    expect(res).toMatchObject({
      status: 'updated',
      counts: { changed: expect.any(Number), deleted: 0, unchanged: expect.any(Number) },
    });
    expect(res.status === 'updated' && res.counts.changed).toBe(
      edited.slice(0, 5).filter((r, i) => r.code !== rulings[i]!.code).length,
    );
    expect(await countRulings(db)).toBe(50);
  });

  it('uses Last-Modified when the server gives no ETag, and reads CSV', async () => {
    const db = newDb();
    Object.assign(served, {
      body: '\uFEFFTitle;HS Code\nÁo thun cotton;6109.10.00\n',
      lastModified: 'Tue, 01 Apr 2025 10:00:00 GMT',
    });
    expect(await syncFromUrl(`${base}/sheet.csv`, { db, fetch })).toMatchObject({
      status: 'updated',
      counts: { added: 1 },
    });
    expect(await syncFromUrl(`${base}/sheet.csv`, { db, fetch })).toMatchObject({ status: 'unchanged' });
    expect(requests[1]?.['if-modified-since']).toBe('Tue, 01 Apr 2025 10:00:00 GMT');
  });

  it('rejects a damaged pack, keeps the cache, and does not remember its ETag', async () => {
    const db = newDb();
    Object.assign(served, {
      body: serializePackJson(await buildPack(generateRulings(20, 23), [])),
      etag: '"ok"',
    });
    await syncFromUrl(`${base}/p.json`, { db, fetch });
    const before = await loadAllRulings(db);
    const damaged = serializePackJson(await buildPack(generateRulings(20, 24), [])).replace(
      '"HS2022"',
      '"HS2017"',
    );
    Object.assign(served, { body: damaged, etag: '"bad"' });
    const res = await syncFromUrl(`${base}/p.json`, { db, fetch });
    expect(res).toMatchObject({ status: 'failed', message: expect.stringMatching(/checksum.*not changed/) });
    expect(await loadAllRulings(db)).toEqual(before);
    expect((await readSyncStatus(db)).lastError).toMatch(/checksum/);
    await syncFromUrl(`${base}/p.json`, { db, fetch });
    expect(requests.at(-1)?.['if-none-match']).toBe('"ok"');
  });

  it('reports server errors and unreachable hosts plainly', async () => {
    const db = newDb();
    served.status = 500;
    expect(await syncFromUrl(`${base}/p.json`, { db, fetch })).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/answered 500/),
    });
    const refused = await syncFromUrl('http://127.0.0.1:1/p.json', { db, fetch });
    expect(refused).toMatchObject({ status: 'failed', message: expect.stringMatching(/Could not reach/) });
  });

  it('returns what changed, so the engine index can be updated without a rebuild', async () => {
    const db = newDb();
    const rulings = generateRulings(20, 25);
    Object.assign(served, { body: serializePackJson(await buildPack(rulings, [])), etag: '"1"' });
    await syncFromUrl(`${base}/p.json`, { db, fetch });
    const edited = [
      { ...rulings[0]!, code: '61091000', updatedAt: rulings[0]!.updatedAt + 1 },
      ...rulings.slice(1),
    ];
    Object.assign(served, { body: serializePackJson(await buildPack(edited, [])), etag: '"2"' });
    const res = await syncFromUrl(`${base}/p.json`, { db, fetch });
    expect(res.status === 'updated' && res.plan.rulings.changed.map((r) => [r.id, r.code])).toEqual([
      [rulings[0]!.id, '61091000'],
    ]);
  });

  it('asks for the full body again after the cache was cleared, instead of trusting a 304', async () => {
    const db = newDb();
    Object.assign(served, {
      body: serializePackJson(await buildPack(generateRulings(30, 26), [])),
      etag: '"x"',
    });
    await syncFromUrl(`${base}/p.json`, { db, fetch });
    await clearRulings(db);
    const res = await syncFromUrl(`${base}/p.json`, { db, fetch });
    expect(requests[1]?.['if-none-match']).toBeUndefined();
    expect(res).toMatchObject({ status: 'updated', counts: { added: 30 } });
    expect(await countRulings(db)).toBe(30);
  });

  it('never fetches a non-https address', async () => {
    const db = newDb();
    const spy = vi.fn(fetch);
    const res = await syncFromUrl('http://team.example.com/rulings.json', { db, fetch: spy });
    expect(res).toMatchObject({ status: 'failed', message: expect.stringMatching(/https/) });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('checkSyncUrl', () => {
  it('allows https and local test servers only', () => {
    expect(checkSyncUrl('https://example.com/r.json')).toBeNull();
    expect(checkSyncUrl('http://localhost:8080/r.json')).toBeNull();
    expect(checkSyncUrl('http://example.com/r.json')).toMatch(/https/);
    expect(checkSyncUrl('ftp://example.com/r.json')).toMatch(/https/);
    expect(checkSyncUrl('not a url')).toMatch(/not a web address/);
  });
});

describe('hostPermissionFor', () => {
  it('asks for exactly one origin, and nothing for loopback', () => {
    expect(hostPermissionFor('https://team.example.com:8443/a/rulings.json?x=1')).toBe(
      'https://team.example.com:8443/*',
    );
    expect(hostPermissionFor('http://127.0.0.1:9000/r.json')).toBeNull();
    expect(hostPermissionFor('http://localhost/r.json')).toBeNull();
  });
});
