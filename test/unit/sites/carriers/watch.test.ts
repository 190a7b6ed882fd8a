// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { dhl } from '../../../../lib/sites/carriers/dhl';
import type { DeclarationLine } from '../../../../lib/sites/carriers/types';
import { watchLines } from '../../../../lib/sites/carriers/watch';
import { loadFixture } from './fixture';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchLines', () => {
  it('reports the lines at once, again when a step becomes visible, and stops on abort', async () => {
    loadFixture('dhl');
    const seen: DeclarationLine[][] = [];
    const controller = new AbortController();
    watchLines(
      document,
      (doc) => dhl.findLines(doc),
      (lines) => seen.push(lines),
      {
        debounceMs: 10,
        signal: controller.signal,
      },
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(2);

    // The hidden address-step template becomes visible: it holds a third commodityCode field.
    document.getElementById('address-details')!.classList.remove('ng-hide');
    await tick(40);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toHaveLength(3);

    document.body.append(document.createElement('div')); // a mutation that changes no line
    await tick(40);
    expect(seen).toHaveLength(2);

    controller.abort();
    document.getElementById('address-details')!.classList.add('ng-hide');
    await tick(40);
    expect(seen).toHaveLength(2);
  });
});
