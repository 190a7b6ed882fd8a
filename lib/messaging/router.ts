import { z } from 'zod';
import { MESSAGES, type MessageName, type MessageOutput, type Reply } from '../messages';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}
export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Who sent a message. A content script's `sender.url` is the web page; an extension page's is our own
 * chrome-extension:// (or moz-extension://) origin, even when the popup is opened in a tab.
 */
export function senderKind(sender: SenderInfo, self: { id: string; baseUrl: string }): SenderKind {
  if (sender.id !== self.id) return 'foreign';
  if (sender.url?.startsWith(self.baseUrl)) return 'extension-page';
  if (sender.tab && sender.url && /^https?:/.test(sender.url)) return 'content-script';
  return 'foreign';
}

export type Handlers = {
  [N in MessageName]: (
    input: z.infer<(typeof MESSAGES)[N]['input']>,
    sender: SenderInfo,
  ) => Promise<MessageOutput<N>> | MessageOutput<N>;
};

const EnvelopeSchema = z.object({ type: z.string(), input: z.unknown() });

/**
 * Returns the single onMessage handler of the background: parses the envelope and the input with the
 * message's schema, checks the sender's privilege, runs the handler, and always answers with a Reply —
 * an unknown or malformed message gets a typed error, never an exception in the service worker.
 */
export function createRouter(handlers: Partial<Handlers>, self: { id: string; baseUrl: string }) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply> {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return fail('invalid-input', 'Message is not a ClearLane message.');
    const name = envelope.data.type;
    if (!Object.hasOwn(MESSAGES, name)) return fail('unknown-message', `Unknown message "${name}".`);
    const spec = MESSAGES[name as MessageName];
    const kind = senderKind(sender, self);
    if (kind === 'foreign') return fail('forbidden', 'Messages are only accepted from ClearLane itself.');
    if (spec.access === 'admin' && kind !== 'extension-page') {
      return fail('forbidden', `"${name}" may only be sent from the ClearLane popup or options page.`);
    }
    const input = spec.input.safeParse(envelope.data.input);
    if (!input.success)
      return fail('invalid-input', `Invalid "${name}" message: ${z.prettifyError(input.error)}`);
    const handler = handlers[name as MessageName] as ((i: unknown, s: SenderInfo) => unknown) | undefined;
    if (!handler) return fail('unknown-message', `"${name}" is not handled here.`);
    try {
      const data = await handler(input.data, sender);
      return { ok: true, data: spec.output.parse(data) };
    } catch (error) {
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}

function fail(code: 'unknown-message' | 'invalid-input' | 'forbidden' | 'failed', message: string): Reply {
  return { ok: false, error: { code, message } };
}
