import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngineDataNode } from '../../../lib/classify/load-node';
import { loadDev } from '../../../bench/dev';
import { LLM_SECTION, renderLlmSection, runLlmBench, writeLlmSection } from '../../../bench/llm';
import { answerJson, startOpenAiMock } from '../../support/openai-mock';

const data = loadEngineDataNode();
const rows = loadDev().slice(0, 6);
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('npm run bench -- --llm', () => {
  it('counts answers the allow-list refuses and never lets them change the score', async () => {
    const mock = await startOpenAiMock([
      { kind: 'answer', content: answerJson('999999', { confidence: 1 }) },
    ]);
    close = mock.close;
    const r = await runLlmBench(data, rows, { apiKey: 'k', baseUrl: mock.baseUrl, model: 'mock' });
    expect(r.asked).toBeGreaterThan(0);
    expect(mock.requests).toHaveLength(r.asked);
    expect(r.rejected).toBe(r.asked);
    expect(r.after).toBe(r.before);
    expect(r.tokens).toBe(366 * r.asked);
  });

  it('records a model that keeps failing as errors, with the offline score kept', async () => {
    const mock = await startOpenAiMock([
      { kind: 'status', status: 401, body: { error: { message: 'bad key' } } },
    ]);
    close = mock.close;
    const r = await runLlmBench(data, rows.slice(0, 2), {
      apiKey: 'k',
      baseUrl: mock.baseUrl,
      model: 'mock',
    });
    expect(r.errors).toBe(r.asked);
    expect(r.after).toBe(r.before);
  });

  it('replaces only its own section of RESULTS.md', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'RESULTS.md');
    writeFileSync(file, '# Engine\n\ntext\n\n## Ruling import (real Chromium)\n\nimport table\n');
    const section = (n: number) =>
      renderLlmSection(
        {
          rows: n,
          asked: 1,
          before: 0,
          after: 1,
          accepted: 1,
          rejected: 0,
          errors: 0,
          p50Ms: 5,
          tokens: 9,
          model: 'm',
        },
        '2026-11-21',
      );
    writeLlmSection(file, section(3));
    writeLlmSection(file, section(4));
    const text = readFileSync(file, 'utf8');
    expect(text.split(LLM_SECTION)).toHaveLength(2);
    expect(text).toContain('| 4 |');
    expect(text).toContain('import table');
    expect(text.startsWith('# Engine')).toBe(true);
  });
});
