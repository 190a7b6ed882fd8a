import { describe, expect, it } from 'vitest';
import { EMPTY_NOTIFY_STATE, notificationText, planNotification } from '../../../lib/review/notify';

describe('notification rate limit', () => {
  it('shows the first at once, then holds the rest for a minute and summarises them', () => {
    const t0 = 1_000_000_000;
    const first = planNotification(EMPTY_NOTIFY_STATE, t0, 1);
    expect(first.show).toBe(1);
    const second = planNotification(first.state, t0 + 5_000, 1);
    const third = planNotification(second.state, t0 + 20_000, 1);
    expect(second.show).toBeUndefined();
    expect(third.show).toBeUndefined();
    expect(planNotification(third.state, t0 + 59_000, 0).show).toBeUndefined();
    const flushed = planNotification(third.state, t0 + 60_000, 0);
    expect(flushed.show).toBe(2);
    expect(planNotification(flushed.state, t0 + 200_000, 0).show).toBeUndefined();
  });

  it('says how many items wait', () => {
    expect(notificationText(1)).toBe('1 new item needs a customs decision.');
    expect(notificationText(3)).toBe('3 new items need a customs decision.');
  });
});
