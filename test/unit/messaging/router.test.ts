import { describe, expect, it } from 'vitest';
import { createRouter, senderKind } from '../../../lib/messaging/router';
import { MESSAGES } from '../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const content = { id: 'ext-id', url: 'https://seller.shopee.co.id/portal/product/1', tab: { id: 3 } };
const settingsCalls: unknown[] = [];
const route = createRouter(
  {
    'get-settings': () => DEFAULT_SETTINGS,
    'set-api-key': (input) => {
      settingsCalls.push(input);
      return { ok: true as const };
    },
    'get-status': () => {
      throw new Error('database is closed');
    },
  },
  self,
);

describe('senderKind', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(senderKind(page, self)).toBe('extension-page');
    expect(senderKind({ ...page, tab: { id: 1 } }, self)).toBe('extension-page'); // popup opened in a tab
    expect(senderKind(content, self)).toBe('content-script');
    expect(senderKind({ ...content, id: 'other-extension' }, self)).toBe('foreign');
    expect(senderKind({ id: 'ext-id' }, self)).toBe('foreign');
  });
});

describe('router', () => {
  it('answers a valid admin message from an extension page', async () => {
    const reply = await route({ type: 'get-settings', input: {} }, page);
    expect(reply).toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('refuses an admin message from a content script without running the handler', async () => {
    const reply = await route({ type: 'set-api-key', input: { key: 'sk-x', remember: true } }, content);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(settingsCalls).toEqual([]);
  });

  it('gives typed errors for unknown, malformed and invalid messages', async () => {
    expect(await route('hello', page)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await route({ type: 'format-disk', input: {} }, page)).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
    expect(await route({ type: 'toString', input: {} }, page)).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
    const bad = await route({ type: 'set-api-key', input: { key: 42 } }, page);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns a handler exception into a failed reply', async () => {
    expect(await route({ type: 'get-status', input: {} }, page)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'database is closed' },
    });
  });

  it('marks every privileged operation as admin-only', () => {
    for (const name of ['decide', 'set-settings', 'set-api-key', 'clear-cache', 'set-thresholds'] as const) {
      expect(MESSAGES[name].access).toBe('admin');
    }
  });
});
