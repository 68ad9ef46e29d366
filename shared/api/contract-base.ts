/**
 * Schemas both halves of the contract use: how a filing is named, boxes in PDF space,
 * review statuses. Kept apart so the review contract can import them without a cycle.
 */
import { z } from 'zod';

export const REVIEW_STATUSES = ['new', 'in_review', 'submitted', 'approved', 'returned'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits');

/** A filing is named by its numeric id or by its file's sha256 (a unique prefix of ≥ 8 hex digits also works). */
export const DocumentRef = z
  .string()
  .trim()
  .regex(/^(\d+|[0-9a-fA-F]{8,64})$/, 'a filing is named by its id or by its sha256');

/** Raw bytes (a PDF): structured-cloned over IPC, base64 in the web transport's JSON. */
export const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes (a Uint8Array)');

/** A box on a page in PDF points, origin at the page's top-left corner, y growing downwards. */
export const BoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
