import http from 'node:http';
import type { AddressInfo } from 'node:net';

type FixedReply =
  | { kind: 'answer'; content: string }
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'hang' };
export type MockReply =
  | FixedReply
  /** Decides from the request body (e.g. answers with the first candidate the prompt lists). */
  | { kind: 'decide'; decide: (body: any) => FixedReply };

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
      const next = replies[Math.min(requests.length - 1, replies.length - 1)]!;
      const reply = next.kind === 'decide' ? next.decide(requests.at(-1)!.body) : next;
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
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: reply.content, refusal: null },
            },
          ],
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

/** The candidate codes a ClearLane prompt lists, in the engine's order (for scripted answers). */
export function promptCandidates(body: any): string[] {
  const user = String(body?.messages?.find((m: { role: string }) => m.role === 'user')?.content ?? '');
  const block = user.split('TEAM RULINGS')[0] ?? '';
  return [...block.matchAll(/^- (\d{4,10}):/gm)].map((m) => m[1]!);
}
