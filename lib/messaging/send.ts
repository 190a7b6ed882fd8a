import { browser } from 'wxt/browser';
import {
  MESSAGES,
  MessageError,
  ReplySchema,
  type MessageInput,
  type MessageName,
  type MessageOutput,
} from '../messages';

/** Sends a typed message to the background and returns its parsed output, or throws a MessageError. */
export async function send<N extends MessageName>(
  type: N,
  input: MessageInput<N>,
): Promise<MessageOutput<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, input });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('failed', 'ClearLane did not answer; try reloading the page.');
  if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
  return MESSAGES[type].output.parse(reply.data.data) as MessageOutput<N>;
}
