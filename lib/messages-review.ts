/** Messages for the exception workflow (review queue, webhooks, documents); merged into MESSAGES in lib/messages.ts. */
export const REVIEW_MESSAGES = {} as const;
