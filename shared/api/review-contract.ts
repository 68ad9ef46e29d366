/**
 * The review half of the contract: users and sessions, annotations, corrections with
 * maker-checker approval, filing status and the audit trail. Spread into `contract`.
 */
import { z } from 'zod';
import { BoxSchema, DocumentRef, ReviewStatus } from './contract-base';

export const ROLES = ['reviewer', 'supervisor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Username = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'a user name is letters, digits, ".", "_", "@" or "-"');
export const Password = z.string().min(8, 'a password has at least 8 characters').max(256);

export const UserRecord = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserRecord = z.infer<typeof UserRecord>;

/** Who the caller is: a signed-in user, the local operator of the CLI, or nobody. */
export const SessionInfo = z.object({
  user: UserRecord.nullable(),
  /** The CLI without --user acts as the operating-system user with read and ingest rights only. */
  localOperator: z.string().nullable(),
  /** No user exists yet: the first run creates an administrator. */
  needsSetup: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** A figure or cell named stably across re-extraction: "t3/r5/c2" (table seq, row, col) or "p4/s120" (page, text offset). */
export const TargetKey = z.string().regex(/^(t\d+\/r\d+\/c\d+|p\d+\/s\d+)$/, 'a target is t<table>/r<row>/c<col> or p<page>/s<offset>');

export const ANNOTATION_TAGS = ['存疑', '需问询', '已核实'] as const;
export const ANNOTATION_STATUSES = ['open', 'resolved'] as const;
export const AnnotationStatus = z.enum(ANNOTATION_STATUSES);
export const ANCHOR_KINDS = ['region', 'text', 'cell', 'figure'] as const;

export const AnnotationAnchor = z
  .object({
    kind: z.enum(ANCHOR_KINDS),
    page: z.number().int().positive(),
    /** Boxes in page points, origin top-left, y down (as every stored cell and figure box), one per line for a text span. */
    rects: z.array(BoxSchema).min(1).max(200),
    /** The selected text, for a text span. */
    quote: z.string().max(4000).nullable().optional(),
    /** The cell or figure annotated. */
    targetKey: TargetKey.nullable().optional(),
  })
  .strict();
export type AnnotationAnchor = z.infer<typeof AnnotationAnchor>;

export const Tag = z.string().trim().min(1).max(40);

export const AnnotationReply = z.object({ id: z.number().int(), author: z.string(), body: z.string(), createdAt: z.string() });

export const AnnotationRecord = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  anchor: AnnotationAnchor,
  comment: z.string(),
  tags: z.array(z.string()),
  status: AnnotationStatus,
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  replies: z.array(AnnotationReply),
});
export type AnnotationRecord = z.infer<typeof AnnotationRecord>;

export const CORRECTION_FIELDS = ['value', 'text', 'row', 'column', 'unit', 'period'] as const;
export const CorrectionField = z.enum(CORRECTION_FIELDS);
export type CorrectionField = z.infer<typeof CorrectionField>;
export const CORRECTION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const CorrectionStatus = z.enum(CORRECTION_STATUSES);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

export const CorrectionRecord = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  targetKey: z.string(),
  field: CorrectionField,
  /** What the figure or cell said when the correction was proposed (extracted, or an earlier approved correction). */
  oldValue: z.string().nullable(),
  newValue: z.string(),
  /** What extraction produced, kept for ever. */
  extractedValue: z.string().nullable(),
  /** Where it is, for the snippet: page and PDF box. */
  page: z.number().int(),
  box: BoxSchema,
  /** The row label and column header, to show what is being corrected. */
  label: z.string(),
  reason: z.string(),
  status: CorrectionStatus,
  proposedBy: z.string(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  /** The extraction no longer has this target, or extracted something else there since. */
  stale: z.boolean(),
});
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;

export const FILING_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export const FilingAction = z.enum(FILING_ACTIONS);
export type FilingAction = z.infer<typeof FilingAction>;

export const FilingReview = z.object({
  documentId: z.number().int(),
  status: ReviewStatus,
  reason: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  locked: z.boolean(),
});
export type FilingReview = z.infer<typeof FilingReview>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  documentId: z.number().int().nullable(),
  targetKey: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  /** The first row whose hash or link does not verify, with why. */
  firstBroken: z.object({ id: z.number().int(), problem: z.string() }).nullable(),
  head: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

const Reason = z.string().trim().min(1, 'a reason is required').max(4000);
const Id = z.number().int().positive();

export const reviewContract = {
  getSession: { input: z.object({}).strict(), output: SessionInfo },
  signIn: { input: z.object({ username: Username, password: z.string().min(1).max(256) }).strict(), output: SessionInfo },
  signOut: { input: z.object({}).strict(), output: SessionInfo },
  /** First run only: create the administrator and sign in as them. */
  setupAdmin: {
    input: z.object({ username: Username, displayName: z.string().trim().min(1).max(100), password: Password }).strict(),
    output: SessionInfo,
  },
  changePassword: { input: z.object({ current: z.string().min(1).max(256), next: Password }).strict(), output: z.object({ changed: z.literal(true) }) },
  listUsers: { input: z.object({}).strict(), output: z.object({ users: z.array(UserRecord) }) },
  createUser: {
    input: z.object({ username: Username, displayName: z.string().trim().min(1).max(100), role: Role, password: Password }).strict(),
    output: UserRecord,
  },
  updateUser: {
    input: z
      .object({ id: Id, displayName: z.string().trim().min(1).max(100).optional(), role: Role.optional(), active: z.boolean().optional(), password: Password.optional() })
      .strict(),
    output: UserRecord,
  },

  listAnnotations: {
    input: z
      .object({ ref: DocumentRef, status: AnnotationStatus.optional(), tag: Tag.optional(), author: z.string().max(64).optional(), targetKey: TargetKey.optional() })
      .strict(),
    output: z.object({ annotations: z.array(AnnotationRecord) }),
  },
  addAnnotation: {
    input: z.object({ ref: DocumentRef, anchor: AnnotationAnchor, comment: z.string().trim().max(10000), tags: z.array(Tag).max(20).default([]) }).strict(),
    output: AnnotationRecord,
  },
  updateAnnotation: {
    input: z.object({ id: Id, comment: z.string().trim().max(10000).optional(), tags: z.array(Tag).max(20).optional(), status: AnnotationStatus.optional() }).strict(),
    output: AnnotationRecord,
  },
  deleteAnnotation: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  replyToAnnotation: { input: z.object({ id: Id, body: z.string().trim().min(1).max(10000) }).strict(), output: AnnotationRecord },

  listCorrections: {
    input: z.object({ ref: DocumentRef.optional(), status: CorrectionStatus.optional(), targetKey: TargetKey.optional() }).strict(),
    output: z.object({ corrections: z.array(CorrectionRecord) }),
  },
  proposeCorrection: {
    input: z.object({ ref: DocumentRef, targetKey: TargetKey, field: CorrectionField, newValue: z.string().trim().min(1).max(1000), reason: Reason }).strict(),
    output: CorrectionRecord,
  },
  withdrawCorrection: { input: z.object({ id: Id }).strict(), output: CorrectionRecord },
  /** A supervisor approves or rejects one or many pending corrections (never their own). */
  decideCorrections: {
    input: z.object({ ids: z.array(Id).min(1).max(10000), decision: z.enum(['approve', 'reject']), comment: z.string().trim().max(4000).optional() }).strict(),
    output: z.object({ corrections: z.array(CorrectionRecord) }),
  },

  getFilingReview: { input: z.object({ ref: DocumentRef }).strict(), output: FilingReview },
  changeFilingStatus: { input: z.object({ ref: DocumentRef, action: FilingAction, reason: z.string().trim().max(4000).optional() }).strict(), output: FilingReview },
  /** Across filings: pending corrections and submitted filings, for supervisors. */
  listApprovalQueue: {
    input: z.object({}).strict(),
    output: z.object({ corrections: z.array(CorrectionRecord), filings: z.array(FilingReview) }),
  },

  listAuditLog: {
    input: z.object({ ref: DocumentRef.optional(), targetKey: TargetKey.optional(), entity: z.string().max(40).optional(), limit: z.number().int().min(1).max(10000).optional() }).strict(),
    output: z.object({ entries: z.array(AuditEntry) }),
  },
  verifyAuditLog: { input: z.object({}).strict(), output: AuditVerification },
} as const;
