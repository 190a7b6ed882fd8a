import type { Handlers } from '@/lib/messaging/router';

/** Handlers for the REVIEW_MESSAGES (lib/messages-review.ts). */
export const reviewHandlers: Partial<Handlers> = {};
