import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openDb, type ClearLaneDb } from '../../../lib/db';
import { buildExceptionEvent, ExceptionEventSchema } from '../../../lib/outbox/event';
import { deliverDue, enqueue } from '../../../lib/outbox/deliver';
import { backoffMs, signBody } from '../../../lib/outbox/sign';

let db: ClearLaneDb | undefined;
let server: http.Server | undefined;
afterEach(async () => {
  await db?.delete();
  if (server) await new Promise((r) => server!.close(r));
  db = undefined;
  server = undefined;
});

const facts = {
  productId: 'shopee:42',
  title: 'Power bank 20000mAh',
  site: 'shopee',
  url: 'https://seller.shopee.co.id/portal/product/42',
  destinations: ['SG'],
  tier: 'review',
  code: '850760',
  confidence: 0.7,
  reasons: ['flag: lithium battery (dangerous goods)'],
  createdAt: Date.UTC(2026, 10, 21),
};

/** A local webhook receiver that can be switched down and up. */
async function receiver() {
  const received: { body: any; headers: http.IncomingHttpHeaders }[] = [];
  let up = false;
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (!up) return void res.writeHead(503).end();
      received.push({ body: JSON.parse(raw), headers: req.headers });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, setUp: (v: boolean) => void (up = v) };
}

describe('exception webhooks through the outbox', () => {
  it('builds a documented, Slack-readable payload', () => {
    const event = buildExceptionEvent(facts);
    expect(ExceptionEventSchema.parse(event)).toEqual(event);
    expect(event.text).toContain('Power bank 20000mAh');
    expect(event.id).toBe(buildExceptionEvent(facts).id);
  });

  it('keeps a delivery while the receiver is down and sends it exactly once when it is back', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    const hook = await receiver();
    const event = buildExceptionEvent(facts);
    const t0 = 1_000_000;
    expect(await enqueue(db, event.id, event, t0)).toBe(true);
    expect(await enqueue(db, event.id, event, t0)).toBe(false); // same event never queued twice

    expect(await deliverDue(db, { url: hook.url }, { now: t0 })).toEqual({ delivered: 0, failed: 1 });
    const pending = await db.outbox.get(event.id);
    expect(pending).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('503'),
    });
    expect(pending!.nextAttemptAt).toBe(t0 + backoffMs(1));

    hook.setUp(true);
    expect(await deliverDue(db, { url: hook.url }, { now: t0 + 1000 })).toEqual({ delivered: 0, failed: 0 }); // not due yet
    expect(await deliverDue(db, { url: hook.url }, { now: t0 + backoffMs(1) })).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(await deliverDue(db, { url: hook.url }, { now: t0 + backoffMs(5) })).toEqual({
      delivered: 0,
      failed: 0,
    });
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.headers['idempotency-key']).toBe(event.id);
    expect(hook.received[0]!.body).toEqual(event);
  });

  it('signs the body so the receiver can verify it with the shared secret', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    const hook = await receiver();
    hook.setUp(true);
    const event = buildExceptionEvent(facts);
    await enqueue(db, event.id, event, 5000);
    await deliverDue(db, { url: hook.url, secret: 's3cret' }, { now: 5000 });
    const header = String(hook.received[0]!.headers['x-clearlane-signature']);
    const [t, v1] = header.split(',').map((p) => p.split('=')[1]);
    const expected = crypto
      .createHmac('sha256', 's3cret')
      .update(`${t}.${JSON.stringify(event)}`)
      .digest('hex');
    expect(v1).toBe(expected);
    expect(await signBody('other', JSON.stringify(event), Number(t))).not.toBe(header);
  });

  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([30_000, 60_000, 120_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});
