import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type MockReply =
  | { kind: 'answer'; content: string }
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'hang' };

/**
 * A real HTTP server on loopback that speaks the OpenAI chat-completions API. Each request takes the next
 * scripted reply (the last one repeats); every request body is recorded so tests can inspect the prompt.
 */
export async function startOpenAiMock(replies: MockReply[]) {
  const requests: { body: any; headers: http.IncomingHttpHeaders }[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      requests.push({ body: raw ? JSON.parse(raw) : null, headers: req.headers });
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)]!;
      if (reply.kind === 'hang') return; // never answers: the client must time out
      if (reply.kind === 'status') {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        return res.end(JSON.stringify(reply.body));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-mock',
          object: 'chat.completion',
          created: 0,
          model: 'mock-model',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reply.content, refusal: null } }],
          usage: { prompt_tokens: 321, completion_tokens: 45, total_tokens: 366 },
        }),
      );
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export const answerJson = (code: string, extra: Partial<Record<string, unknown>> = {}) =>
  JSON.stringify({
    code,
    confidence: 0.9,
    rationale: 'Heading 8507 covers electric accumulators.',
    customs_description: 'Portable lithium-ion battery pack for charging phones',
    concerns: [],
    ...extra,
  });
