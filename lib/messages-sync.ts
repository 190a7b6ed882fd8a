import { z } from 'zod';
import { SyncCountsSchema, SyncStatusSchema } from './sync/status';

/**
 * Messages for team ruling sync (import, export, URL sync); merged into MESSAGES in lib/messages.ts.
 * All are admin-only: only the options page may change or read out the ruling cache.
 *
 * A picked file does not travel in a message: the page stages it in the shared IndexedDB
 * (lib/sync/upload-store.ts) and `sync-preview` names it by its upload id.
 */

export type SyncCounts = z.infer<typeof SyncCountsSchema>;

const IssueSchema = z.object({
  line: z.number().optional(),
  record: z.number().optional(),
  message: z.string(),
});
export type SyncIssue = z.infer<typeof IssueSchema>;

const ConflictSchema = z.object({
  description: z.string(),
  localCode: z.string(),
  incomingCode: z.string(),
  localUpdatedAt: z.number(),
});

export const SyncPreviewSchema = z.union([
  z.object({ ok: z.literal(false), message: z.string(), issues: z.array(IssueSchema) }),
  z.object({
    ok: z.literal(true),
    format: z.enum(['json-pack', 'ndjson-pack', 'csv']),
    counts: SyncCountsSchema,
    /** The first invalid records (by line or record number); `counts.invalid` has the total. */
    issues: z.array(IssueSchema),
    conflicts: z.array(ConflictSchema),
    ms: z.number(),
  }),
]);
export type SyncPreview = z.infer<typeof SyncPreviewSchema>;

export const SyncProgressSchema = z.object({
  phase: z.enum(['idle', 'fetching', 'checking', 'saving']),
  done: z.number(),
  total: z.number(),
});
export type SyncProgress = z.infer<typeof SyncProgressSchema>;

const ApplyOutSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  counts: SyncCountsSchema.optional(),
  ms: z.number().optional(),
  /** The background restarted since the preview and no longer holds the file: upload it again. */
  expired: z.boolean().optional(),
});

const UploadIdSchema = z.string().regex(/^[\w-]{8,64}$/);

export const SYNC_MESSAGES = {
  /** Preview a staged file, or (with `url`) fetch a one-off URL first. Writes nothing. */
  'sync-preview': {
    access: 'admin',
    input: z.object({
      uploadId: UploadIdSchema,
      name: z.string().max(300),
      url: z.string().max(2000).optional(),
    }),
    output: SyncPreviewSchema,
  },
  'sync-apply': {
    access: 'admin',
    input: z.object({ uploadId: UploadIdSchema, allowInvalid: z.boolean() }),
    output: ApplyOutSchema,
  },
  'sync-progress': { access: 'admin', input: z.object({}), output: SyncProgressSchema },
  'sync-get-status': {
    access: 'admin',
    input: z.object({}),
    output: z.object({
      status: SyncStatusSchema,
      url: z.string(),
      everyMinutes: z.number(),
      nextRunAt: z.number().optional(),
    }),
  },
  /** Save the scheduled-sync URL (empty turns it off); the page has already asked for the host permission. */
  'sync-configure': {
    access: 'admin',
    input: z.object({
      url: z.string().max(2000),
      everyMinutes: z
        .number()
        .int()
        .min(15)
        .max(24 * 60),
    }),
    output: z.object({ ok: z.boolean(), message: z.string() }),
  },
  'sync-now': {
    access: 'admin',
    input: z.object({}),
    output: z.object({ status: z.enum(['updated', 'unchanged', 'failed']), message: z.string() }),
  },
  'sync-export': {
    access: 'admin',
    input: z.object({
      format: z.enum(['json', 'ndjson', 'csv']),
      ownOnly: z.boolean(),
      since: z.number().optional(),
    }),
    output: z.object({ text: z.string(), mime: z.string(), filename: z.string(), count: z.number() }),
  },
} as const;
