import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { ModelAnswerSchema, type ModelAnswer } from './answer';

export interface LlmConfig {
  apiKey: string;
  baseUrl: string;
  model: string;
  /** Per attempt; kept well under the service worker's 30 s fetch limit. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class LlmError extends Error {
  constructor(
    readonly kind:
      'auth' | 'rate-limit' | 'quota' | 'network' | 'timeout' | 'invalid-answer' | 'server' | 'config',
    message: string,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

/** A retry-after longer than this is not waited for: the service worker could be stopped meanwhile. */
const MAX_RETRY_WAIT_S = 5;

/** Tells the SDK not to retry when the server asks us to wait longer than we can stay alive. */
function boundedRetryFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init);
    if (res.status !== 429) return res;
    const wait = Number(res.headers.get('retry-after') ?? '0');
    if (!(wait > MAX_RETRY_WAIT_S)) return res;
    const headers = new Headers(res.headers);
    headers.set('x-should-retry', 'false');
    return new Response(await res.text(), { status: res.status, statusText: res.statusText, headers });
  };
}

/** Turns SDK and network failures into one plain sentence the seller can act on. */
export function explainError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError('timeout', 'The model did not answer in time. The offline result is shown instead.');
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmError(
      'network',
      'Could not reach the model server. Check the base URL and your connection.',
    );
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new LlmError('auth', 'The API key was refused. Check the key in ClearLane settings.');
  }
  if (error instanceof OpenAI.RateLimitError) {
    const code = (error.error as { code?: string } | undefined)?.code ?? error.code;
    return code === 'insufficient_quota'
      ? new LlmError('quota', 'The API account has no quota left. Add credit or use another key.')
      : new LlmError('rate-limit', 'The model server is busy (rate limit). Try again in a minute.');
  }
  if (error instanceof OpenAI.NotFoundError) {
    return new LlmError('config', 'The model or endpoint was not found. Check the model name and base URL.');
  }
  if (error instanceof OpenAI.APIError) {
    return new LlmError(
      'server',
      `The model server failed (${error.status ?? 'no status'}). Try again later.`,
    );
  }
  return new LlmError(
    'invalid-answer',
    'The model answered with something that is not a valid classification.',
  );
}

export interface ModelCall {
  answer: ModelAnswer;
  usage?: { prompt: number; completion: number };
  latencyMs: number;
}

/** One structured-output call with one retry; throws LlmError. Only ever called from the background. */
export async function askModel(
  config: LlmConfig,
  messages: { role: 'system' | 'user'; content: string }[],
): Promise<ModelCall> {
  if (!config.apiKey) throw new LlmError('config', 'No API key is set. Add one in ClearLane settings.');
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl,
    timeout: config.timeoutMs ?? 20_000,
    maxRetries: 1,
    fetch: boundedRetryFetch(config.fetch ?? globalThis.fetch.bind(globalThis)),
    dangerouslyAllowBrowser: false,
  });
  const started = Date.now();
  try {
    const completion = await client.chat.completions.parse({
      model: config.model,
      messages,
      temperature: 0,
      response_format: zodResponseFormat(ModelAnswerSchema, 'hs_classification'),
    });
    const parsed = completion.choices[0]?.message.parsed;
    if (!parsed) throw new LlmError('invalid-answer', 'The model gave no classification.');
    const usage = completion.usage
      ? { prompt: completion.usage.prompt_tokens, completion: completion.usage.completion_tokens }
      : undefined;
    return { answer: parsed, usage, latencyMs: Date.now() - started };
  } catch (error) {
    throw explainError(error);
  }
}
