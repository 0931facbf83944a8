/**
 * Sending documents ("Nous envoyer un document"): the options of the form, uploading files one by one (with
 * progress and abort), and submitting the sending → receipt and acknowledgement.
 */
import * as z from 'zod/mini';
import { AcknowledgementSchema, IdSchema, IdempotencyKeySchema, IsoDateTimeSchema, PersonRefSchema, list } from './common.js';
import type { RequestOptions } from './common.js';
import type { FileRules } from '../validators/files.js';

export const FileKindSchema = z.enum(['pdf', 'jpeg', 'png']);

/** The `FileRules` of the validators, as a schema: a file is accepted when `size < maxBytes`. */
export const FileRulesSchema: z.ZodMiniType<FileRules> = z.object({
  accepted: list(FileKindSchema),
  maxBytes: z.int().check(z.gte(1)),
  /** Files per document. */
  maxFiles: z.int().check(z.gte(1)),
});

export const DocumentOptionsSchema = z.object({
  rules: FileRulesSchema,
  /** Documents per sending ("Nombre de documents"). */
  maxDocuments: z.int().check(z.gte(1)),
  /** "Objet de l'envoi", each with the natures of document it accepts. */
  objects: list(
    z.object({
      id: IdSchema,
      label: z.string(),
      help: z.optional(z.string()),
      natures: list(z.object({ id: IdSchema, label: z.string() })),
    }),
  ),
  /** "Personne concernée". */
  persons: list(PersonRefSchema),
  /** "Motif de l'envoi". */
  motives: list(z.object({ id: IdSchema, label: z.string() })),
  /** Medical documents go by post to the medical service: the notice and the address lines. */
  medicalNotice: z.object({ text: z.string(), address: list(z.string()) }),
});
export type DocumentOptions = z.infer<typeof DocumentOptionsSchema>;

export const UploadedFileSchema = z.object({
  uploadId: IdSchema,
  name: z.string(),
  size: z.int().check(z.gte(0)),
  kind: FileKindSchema,
});
export type UploadedFile = z.infer<typeof UploadedFileSchema>;

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** Options of `uploadDocumentFile`: the signal aborts the upload, `onProgress` reports bytes sent. */
export interface UploadOptions extends RequestOptions {
  readonly onProgress?: (progress: UploadProgress) => void;
}

export const UploadRefInputSchema = z.object({ uploadId: IdSchema });
export type UploadRefInput = z.infer<typeof UploadRefInputSchema>;

export const SubmitDocumentsInputSchema = z.object({
  /** Sent as the `Idempotency-Key` header by the HTTP adapter. */
  idempotencyKey: IdempotencyKeySchema,
  objectId: IdSchema,
  documents: z.readonly(
    z.array(
      z.object({
        natureId: IdSchema,
        personId: IdSchema,
        motiveId: IdSchema,
        uploadIds: z.readonly(z.array(IdSchema).check(z.minLength(1))),
      }),
    ).check(z.minLength(1)),
  ),
  /** "J'atteste de leur conformité". */
  attested: z.literal(true),
});
export type SubmitDocumentsInput = z.infer<typeof SubmitDocumentsInputSchema>;

export const DocumentReceiptSchema = z.object({
  reference: z.string(),
  receivedAt: IsoDateTimeSchema,
  documentCount: z.int().check(z.gte(1)),
  acknowledgement: AcknowledgementSchema,
});
export type DocumentReceipt = z.infer<typeof DocumentReceiptSchema>;
