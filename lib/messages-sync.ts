/** Messages for team ruling sync (import, export, URL sync); merged into MESSAGES in lib/messages.ts. */
export const SYNC_MESSAGES = {} as const;
