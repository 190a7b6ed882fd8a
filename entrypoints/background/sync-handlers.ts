import type { Handlers } from '@/lib/messaging/router';

/** Handlers for the SYNC_MESSAGES (lib/messages-sync.ts). */
export const syncHandlers: Partial<Handlers> = {};
