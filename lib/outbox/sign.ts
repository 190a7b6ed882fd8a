/**
 * Signature header for receivers that share a secret with the team: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">`, the scheme Stripe and Slack popularised, so the timestamp is covered and replays can be
 * refused by the receiver.
 */
export async function signBody(secret: string, body: string, unixSeconds: number): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    enc.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(`${unixSeconds}.${body}`));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `t=${unixSeconds},v1=${hex}`;
}

/** Exponential backoff (30 s, 1 min, 2 min, … capped at 1 h); deliveries are retried forever, never dropped. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
