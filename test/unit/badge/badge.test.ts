// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBadge, formatCode, mountBadge, type BadgeState } from '../../../lib/badge/index';
import type { ClassifyResult } from '../../../lib/classify/types';

function result(overrides: Partial<ClassifyResult>): ClassifyResult {
  return {
    code: '96170010',
    hs6: '961700',
    confidence: 0.97,
    levels: { hs4: 0.99, hs6: 0.97, national: 0.93 },
    tier: 'auto',
    candidates: [{ code: '96170010', confidence: 0.97, source: 'lexicon' }],
    flags: [],
    conflicts: [],
    lint: [],
    capped: [],
    warnings: [],
    ...overrides,
  };
}

const REVIEW: BadgeState = {
  kind: 'result',
  result: result({
    code: null,
    hs6: '850760',
    confidence: 0.81,
    tier: 'review',
    candidates: [{ code: '85076000', confidence: 0.81, source: 'ruling' }],
    flags: [
      {
        rule: 'lithium-battery',
        keyword: '<img src=x onerror=alert(1)>',
        countries: ['SG', 'MY'],
        effect: 'dangerous-goods',
        reason: 'Lithium batteries ship as dangerous goods',
      },
    ],
    conflicts: [
      {
        level: 'hs6',
        severity: 'conflict',
        rulings: [
          { country: 'SG', code: '85076000', description: 'power bank', status: 'approved' },
          { country: 'ID', code: '85044090', description: 'power bank', status: 'approved' },
        ],
      },
    ],
  }),
};

let anchor: HTMLElement;
beforeEach(() => {
  document.body.innerHTML =
    '<style>button { display: none !important; color: red }</style><div class="edit-row"><input id="name"></div>';
  anchor = document.getElementById('name') as HTMLElement;
});

const shadowOf = (host: HTMLElement) => host.shadowRoot as ShadowRoot;
const badgeButton = (host: HTMLElement) => shadowOf(host).querySelector('button.badge') as HTMLButtonElement;
const panelOf = (host: HTMLElement) => shadowOf(host).querySelector('.panel') as HTMLElement;

describe('describeBadge', () => {
  it('formats codes with dots and never shows a code for the manual tier', () => {
    expect(formatCode('39241090')).toBe('3924.10.90');
    expect(formatCode('392410')).toBe('3924.10');
    expect(describeBadge({ kind: 'result', result: result({}) }).label).toBe('HS 9617.00.10');
    const manual = describeBadge({
      kind: 'result',
      result: result({ code: null, tier: 'manual', confidence: 0.3 }),
    });
    expect(manual.label).toBe('HS ?');
    expect(manual.reasons.some((r) => r.startsWith('Lead: 9617.00.10'))).toBe(true);
  });

  it('lists flags, conflicts and confidence as reasons for a review result', () => {
    const view = describeBadge(REVIEW);
    expect(view.label).toBe('HS 8507.60');
    expect(view.ariaLabel).toContain('needs review');
    expect(view.reasons[0]).toBe('Confidence 81% (HS4 99%, HS6 97%, national 93%)');
    expect(view.reasons.some((r) => r.includes('dangerous-goods') && r.includes('[SG, MY]'))).toBe(true);
    expect(view.reasons).toContain('Conflict at HS6: SG 8507.60.00 vs ID 8504.40.90');
  });
});

describe('mountBadge', () => {
  it('sits after the anchor in a shadow root with the tier colour, untouched by page CSS', () => {
    const badge = mountBadge(anchor, REVIEW);
    expect(anchor.nextElementSibling).toBe(badge.host);
    expect(badge.host.getAttribute('data-clearlane')).toBe('badge');
    expect(document.querySelector('button.badge')).toBeNull();
    expect(badgeButton(badge.host).dataset.tier).toBe('review');
    expect(badgeButton(badge.host).textContent).toBe('HS 8507.60');
    expect(shadowOf(badge.host).querySelector('style')?.textContent).toContain(':host { all: initial');
  });

  it('opens on click, closes on Escape with focus back on the badge, and renders page text as text', () => {
    const badge = mountBadge(anchor, REVIEW);
    const button = badgeButton(badge.host);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(badge.host).hidden).toBe(false);
    expect(shadowOf(badge.host).querySelector('img')).toBeNull();
    expect(panelOf(badge.host).textContent).toContain('<img src=x onerror=alert(1)>');
    panelOf(badge.host).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(badge.host).hidden).toBe(true);
    expect(shadowOf(badge.host).activeElement).toBe(button);
  });

  it('keeps its clicks and keys from the page, and closes on a click elsewhere', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const badge = mountBadge(anchor, REVIEW);
    badgeButton(badge.host).click();
    badgeButton(badge.host).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }),
    );
    expect(pageKeys).not.toHaveBeenCalled();
    expect(panelOf(badge.host).hidden).toBe(false);
    document.body.click();
    expect(panelOf(badge.host).hidden).toBe(true);
  });

  it('updates in place and keeps the panel open', () => {
    const badge = mountBadge(anchor, { kind: 'pending' });
    expect(badgeButton(badge.host).textContent).toBe('HS …');
    badgeButton(badge.host).click();
    badge.update({ kind: 'result', result: result({}) });
    expect(badgeButton(badge.host).textContent).toBe('HS 9617.00.10');
    expect(badgeButton(badge.host).dataset.tier).toBe('auto');
    expect(badgeButton(badge.host).getAttribute('aria-expanded')).toBe('true');
  });

  it('offers "Hide on this site" when asked to', () => {
    const onHideSite = vi.fn();
    const badge = mountBadge(anchor, REVIEW, { onHideSite });
    const hide = shadowOf(badge.host).querySelector('.actions button') as HTMLButtonElement;
    hide.click();
    expect(onHideSite).toHaveBeenCalledOnce();
  });

  it('never throws when the anchor is gone, before or after mounting', () => {
    anchor.remove();
    const detached = mountBadge(anchor, REVIEW);
    expect(detached.host.isConnected).toBe(false);
    expect(() => detached.update({ kind: 'error', message: 'engine unavailable' })).not.toThrow();
    expect(() => detached.destroy()).not.toThrow();
    const row = document.querySelector('.edit-row') as HTMLElement;
    const live = mountBadge(row, REVIEW, { placement: 'append' });
    row.remove();
    expect(() => live.update({ kind: 'pending' })).not.toThrow();
    live.destroy();
    live.destroy();
    expect(live.host.isConnected).toBe(false);
  });
});
