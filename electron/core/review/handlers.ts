/**
 * The review calls: users and sign-in, annotations, corrections with maker-checker
 * approval, filing status and the audit trail. Every change and its audit row are written
 * in one transaction; role checks run here, behind every door.
 */
import type { AnnotationRecord, CorrectionField, CorrectionRecord, DocumentSummary, SessionInfo, UserRecord } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/contract';
import { CELL_FIELDS, FIGURE_FIELDS, normalizeCorrection } from '../../../shared/domain/review/corrections';
import { FILING_TRANSITIONS, isLocked, statusAfterEdit } from '../../../shared/domain/review/filing-status';
import { permits } from '../../../shared/domain/review/permissions';
import type { Db } from '../store/database';
import type { DocumentsRepository } from '../store/documents';
import type { AnnotationsRepository } from '../store/annotations';
import type { AuditLog } from '../store/audit';
import type { CorrectionsRepository } from '../store/corrections';
import type { UsersRepository } from '../store/users';
import { hashPassword, verifyPassword } from './passwords';
import type { ReviewedData } from './reviewed';
import type { SessionTable } from './sessions';
import type { CallContext, Handlers } from '../handler-types';
import type { reviewContract } from '../../../shared/api/review-contract';

type ReviewHandlers = Handlers<keyof typeof reviewContract>;

export interface ReviewDeps {
  db: Db;
  documents: DocumentsRepository;
  users: UsersRepository;
  annotations: AnnotationsRepository;
  corrections: CorrectionsRepository;
  audit: AuditLog;
  sessions: SessionTable;
  reviewed: ReviewedData;
  /** Re-run a filing's checks after corrections to it were approved. */
  recheck: (doc: DocumentSummary) => void;
}

/**
 * Spent when a user name is unknown, so a wrong name takes as long as a wrong password.
 * Made on first use, not at load: scrypt costs every command that never signs in ~60 ms.
 */
let dummyHash: string | undefined;
const dummyPasswordHash = (): string => (dummyHash ??= hashPassword('not a password of anyone'));

export function sessionInfo(deps: Pick<ReviewDeps, 'users'>, ctx: CallContext): SessionInfo {
  return { user: ctx.user, localOperator: ctx.door.localOperator, needsSetup: deps.users.count() === 0 };
}

function requireUser(ctx: CallContext): UserRecord {
  if (!ctx.user) throw new ApiError('UNAUTHORIZED', 'sign in as a user first');
  return ctx.user;
}

function assertEditable(doc: DocumentSummary): void {
  if (isLocked(doc.reviewStatus)) {
    throw new ApiError('CONFLICT', `filing ${doc.id} is approved and locked against edits; a supervisor must reopen it first`);
  }
}

/** Values a correction of each field starts from, as the figure or cell says now. */
function currentValue(field: CorrectionField, at: ReturnType<ReviewedData['atKey']>, extracted: boolean): string | null {
  const { figure, cell } = at;
  switch (field) {
    case 'value':
      return figure ? (extracted ? figure.extractedValue : figure.value) : null;
    case 'text':
      return cell ? (extracted ? cell.extractedText : cell.text) : null;
    case 'row':
      return figure ? figure.metric : null;
    case 'column':
      return figure ? (figure.columnPath.at(-1) ?? null) : null;
    case 'unit':
      return figure?.unit ?? null;
    case 'period':
      return figure?.periodLabel ?? null;
  }
}

export function reviewHandlers(deps: ReviewDeps): ReviewHandlers {
  const { db, documents, users, annotations, corrections, audit, sessions, reviewed } = deps;

  /** A first edit moves a new filing into review, recorded like any status change. */
  function startReview(doc: DocumentSummary, actor: string): void {
    const next = statusAfterEdit(doc.reviewStatus);
    if (next === doc.reviewStatus) return;
    documents.setReview(doc.id, { status: next, reason: null, by: actor });
    audit.append({ actor, action: 'status', entity: 'filing', entityId: doc.id, documentId: doc.id, oldValue: doc.reviewStatus, newValue: next });
  }

  function annotationFor(id: number): AnnotationRecord {
    const found = annotations.get(id);
    if (!found) throw new ApiError('NOT_FOUND', `no annotation #${id}`);
    return found;
  }

  function correctionFor(id: number): CorrectionRecord {
    const found = corrections.get(id);
    if (!found) throw new ApiError('NOT_FOUND', `no correction #${id}`);
    return found;
  }

  /** The author may change their note; a supervisor may too. Anyone reviewing may resolve it. */
  function assertMayEdit(annotation: AnnotationRecord, ctx: CallContext, what: string): void {
    if (annotation.author !== ctx.actor && !permits(ctx.caller, 'supervise')) {
      throw new ApiError('FORBIDDEN', `only ${annotation.author}, who wrote annotation #${annotation.id}, or a supervisor may ${what} it`);
    }
  }

  const withoutSecret = (user: UserRecord) => ({ username: user.username, displayName: user.displayName, role: user.role, active: user.active });

  return {
    getSession: (_input, ctx) => sessionInfo(deps, ctx),

    signIn: ({ username, password }, ctx) => {
      const dummy = dummyPasswordHash(); // made before the lookup, so the first attempt's timing does not tell either
      const found = users.credentials(username);
      const passwordOk = verifyPassword(password, found?.passwordHash ?? dummy);
      if (!found || !passwordOk) throw new ApiError('UNAUTHORIZED', 'wrong user name or password');
      if (!found.user.active) throw new ApiError('UNAUTHORIZED', `the account "${found.user.username}" is disabled; ask an administrator`);
      sessions.close(ctx.door.token);
      ctx.door.token = sessions.open(found.user.id);
      db.transaction(() => audit.append({ actor: found.user.username, action: 'sign_in', entity: 'session', entityId: found.user.id }))();
      return { user: found.user, localOperator: ctx.door.localOperator, needsSetup: false };
    },

    signOut: (_input, ctx) => {
      if (ctx.user) db.transaction(() => audit.append({ actor: ctx.actor, action: 'sign_out', entity: 'session', entityId: ctx.user!.id }))();
      sessions.close(ctx.door.token);
      ctx.door.token = null;
      return { user: null, localOperator: ctx.door.localOperator, needsSetup: users.count() === 0 };
    },

    setupAdmin: ({ username, displayName, password }, ctx) => {
      const admin = db.transaction(() => {
        if (users.count() > 0) throw new ApiError('CONFLICT', 'Gouji is already set up; an administrator creates further users');
        const created = users.insert({ username, displayName, role: 'admin', passwordHash: hashPassword(password) });
        audit.append({ actor: created.username, action: 'create', entity: 'user', entityId: created.id, newValue: withoutSecret(created), reason: 'first run' });
        return created;
      })();
      sessions.close(ctx.door.token);
      ctx.door.token = sessions.open(admin.id);
      return { user: admin, localOperator: ctx.door.localOperator, needsSetup: false };
    },

    changePassword: ({ current, next }, ctx) => {
      const user = requireUser(ctx);
      if (!verifyPassword(current, users.passwordHash(user.id) ?? dummyPasswordHash())) throw new ApiError('UNAUTHORIZED', 'the current password is wrong');
      db.transaction(() => {
        users.update(user.id, { passwordHash: hashPassword(next) });
        audit.append({ actor: ctx.actor, action: 'change_password', entity: 'user', entityId: user.id });
      })();
      return { changed: true as const };
    },

    listUsers: () => ({ users: users.list() }),

    createUser: ({ username, displayName, role, password }, ctx) =>
      db.transaction(() => {
        if (users.credentials(username)) throw new ApiError('CONFLICT', `a user named "${username}" already exists`);
        const created = users.insert({ username, displayName, role, passwordHash: hashPassword(password) });
        audit.append({ actor: ctx.actor, action: 'create', entity: 'user', entityId: created.id, newValue: withoutSecret(created) });
        return created;
      })(),

    updateUser: ({ id, displayName, role, active, password }, ctx) => {
      const updated = db.transaction(() => {
        const before = users.byId(id);
        if (!before) throw new ApiError('NOT_FOUND', `no user #${id}`);
        const losesAdmin = before.role === 'admin' && before.active && (active === false || (role !== undefined && role !== 'admin'));
        if (losesAdmin && users.activeAdmins() <= 1) throw new ApiError('CONFLICT', `${before.username} is the last active administrator; make another one first`);
        const after = users.update(id, { displayName, role, active, passwordHash: password === undefined ? undefined : hashPassword(password) });
        audit.append({
          actor: ctx.actor,
          action: 'update',
          entity: 'user',
          entityId: id,
          oldValue: withoutSecret(before),
          newValue: { ...withoutSecret(after), ...(password !== undefined ? { passwordReset: true } : {}) },
        });
        return after;
      })();
      if (!updated.active) sessions.closeAllFor(id);
      return updated;
    },

    listAnnotations: ({ ref, ...filter }) => ({ annotations: annotations.list(documents.resolve(ref).id, filter) }),

    addAnnotation: ({ ref, anchor, comment, tags }, ctx) =>
      db.transaction(() => {
        const doc = documents.resolve(ref);
        assertEditable(doc);
        if (anchor.page > doc.pages) throw new ApiError('INVALID_INPUT', `filing ${doc.id} has ${doc.pages} pages; there is no page ${anchor.page}`);
        const created = annotations.insert(doc.id, anchor, comment, tags, ctx.actor);
        audit.append({ actor: ctx.actor, action: 'create', entity: 'annotation', entityId: created.id, documentId: doc.id, targetKey: anchor.targetKey ?? null, newValue: created });
        startReview(doc, ctx.actor);
        return created;
      })(),

    updateAnnotation: ({ id, comment, tags, status }, ctx) =>
      db.transaction(() => {
        const before = annotationFor(id);
        assertEditable(documents.resolve(String(before.documentId)));
        if (comment !== undefined || tags !== undefined) assertMayEdit(before, ctx, 'edit');
        const after = annotations.update(id, { comment, tags, status });
        const { replies: _r1, ...oldValue } = before;
        const { replies: _r2, ...newValue } = after;
        audit.append({ actor: ctx.actor, action: 'update', entity: 'annotation', entityId: id, documentId: before.documentId, targetKey: before.anchor.targetKey ?? null, oldValue, newValue });
        return after;
      })(),

    deleteAnnotation: ({ id }, ctx) =>
      db.transaction(() => {
        const before = annotations.get(id);
        if (!before) return { deleted: false };
        assertEditable(documents.resolve(String(before.documentId)));
        assertMayEdit(before, ctx, 'delete');
        annotations.delete(id);
        audit.append({ actor: ctx.actor, action: 'delete', entity: 'annotation', entityId: id, documentId: before.documentId, targetKey: before.anchor.targetKey ?? null, oldValue: before });
        return { deleted: true };
      })(),

    replyToAnnotation: ({ id, body }, ctx) =>
      db.transaction(() => {
        const before = annotationFor(id);
        assertEditable(documents.resolve(String(before.documentId)));
        const after = annotations.reply(id, ctx.actor, body);
        audit.append({ actor: ctx.actor, action: 'create', entity: 'reply', entityId: after.replies.at(-1)!.id, documentId: before.documentId, newValue: { annotationId: id, body } });
        return after;
      })(),

    listCorrections: ({ ref, status, targetKey }) =>
      ({ corrections: corrections.list({ documentId: ref === undefined ? undefined : documents.resolve(ref).id, status, targetKey }) }),

    proposeCorrection: ({ ref, targetKey, field, newValue, reason }, ctx) =>
      db.transaction(() => {
        const doc = documents.resolve(ref);
        assertEditable(doc);
        const at = reviewed.atKey(doc.id, targetKey);
        const onFigure = FIGURE_FIELDS.includes(field) && at.figure !== null;
        const onCell = CELL_FIELDS.includes(field) && at.cell !== null;
        if (!onFigure && !onCell) {
          const what = field === 'text' ? 'cell' : 'figure';
          throw new ApiError('NOT_FOUND', `filing ${doc.id} has no ${what} at ${targetKey} whose ${field} can be corrected`);
        }
        const normalized = normalizeCorrection(field, newValue);
        if (!normalized.ok) throw new ApiError('INVALID_INPUT', `${field}: ${normalized.message}`);
        const pending = corrections.pendingFor(doc.id, targetKey, field);
        if (pending) throw new ApiError('CONFLICT', `correction #${pending.id} of this ${field} is already pending; withdraw it or have it decided first`);
        const oldValue = currentValue(field, at, false);
        if (oldValue === normalized.value) throw new ApiError('INVALID_INPUT', `the ${field} is already ${oldValue}`);
        const place = onFigure ? at.figure! : at.cell!;
        // Text figures have no row or column: their metric names them.
        const label = at.figure
          ? [at.figure.rowPath.join(' / '), at.figure.columnPath.join(' / ')].filter(Boolean).join(' · ') || at.figure.metric
          : at.cell!.extractedText;
        const created = corrections.insert({
          documentId: doc.id,
          targetKey,
          field,
          oldValue,
          newValue: normalized.value,
          extractedValue: currentValue(field, at, true),
          page: place.page,
          box: place.box,
          label,
          reason,
          proposedBy: ctx.actor,
        });
        audit.append({ actor: ctx.actor, action: 'create', entity: 'correction', entityId: created.id, documentId: doc.id, targetKey, oldValue, newValue: normalized.value, reason });
        startReview(doc, ctx.actor);
        return created;
      })(),

    withdrawCorrection: ({ id }, ctx) =>
      db.transaction(() => {
        const before = correctionFor(id);
        if (before.proposedBy !== ctx.actor) throw new ApiError('FORBIDDEN', `only ${before.proposedBy}, who proposed correction #${id}, may withdraw it`);
        if (before.status !== 'pending') throw new ApiError('CONFLICT', `correction #${id} is already ${before.status}`);
        const after = corrections.decide(id, 'withdrawn', ctx.actor, null);
        audit.append({ actor: ctx.actor, action: 'withdraw', entity: 'correction', entityId: id, documentId: before.documentId, targetKey: before.targetKey, oldValue: 'pending', newValue: 'withdrawn' });
        return after;
      })(),

    decideCorrections: ({ ids, decision, comment }, ctx) => {
      if (decision === 'reject' && !comment) throw new ApiError('INVALID_INPUT', 'a rejection needs a comment saying why');
      const decided = db.transaction(() => {
        // All or nothing: every correction is checked before any is decided.
        const targets = [...new Set(ids)].map(correctionFor);
        for (const c of targets) {
          if (c.status !== 'pending') throw new ApiError('CONFLICT', `correction #${c.id} is already ${c.status}`);
          if (c.proposedBy === ctx.actor) throw new ApiError('FORBIDDEN', `you proposed correction #${c.id}; another supervisor must decide it`);
          assertEditable(documents.resolve(String(c.documentId)));
        }
        const status = decision === 'approve' ? 'approved' : 'rejected';
        return targets.map((c) => {
          const after = corrections.decide(c.id, status, ctx.actor, comment ?? null);
          audit.append({ actor: ctx.actor, action: decision, entity: 'correction', entityId: c.id, documentId: c.documentId, targetKey: c.targetKey, oldValue: 'pending', newValue: status, reason: comment ?? null });
          return after;
        });
      })();
      if (decision === 'approve') {
        for (const documentId of new Set(decided.map((c) => c.documentId))) deps.recheck(documents.resolve(String(documentId)));
      }
      return { corrections: decided };
    },

    getFilingReview: ({ ref }) => documents.review(documents.resolve(ref).id),

    changeFilingStatus: ({ ref, action, reason }, ctx) =>
      db.transaction(() => {
        const doc = documents.resolve(ref);
        const rule = FILING_TRANSITIONS[action];
        const before = documents.review(doc.id);
        if (!permits(ctx.caller, rule.permission)) throw new ApiError('FORBIDDEN', `only a supervisor may ${action} a filing`);
        if (!rule.from.includes(before.status)) throw new ApiError('CONFLICT', `filing ${doc.id} is ${before.status}; it cannot be ${action === 'submit' ? 'submitted' : `${action}ed`} now`);
        if (rule.reasonRequired && !reason) throw new ApiError('INVALID_INPUT', `to ${action} a filing, give a reason`);
        if (rule.notBySubmitter && before.submittedBy === ctx.actor) throw new ApiError('FORBIDDEN', `you submitted filing ${doc.id}; another supervisor must approve it`);
        if (action === 'approve') {
          const pending = corrections.pendingCount(doc.id);
          if (pending > 0) throw new ApiError('CONFLICT', `filing ${doc.id} still has ${pending} pending correction(s); decide them before approving`);
        }
        const after = documents.setReview(doc.id, { status: rule.to, reason: reason ?? null, by: ctx.actor, ...(action === 'submit' ? { submittedBy: ctx.actor } : {}) });
        audit.append({ actor: ctx.actor, action, entity: 'filing', entityId: doc.id, documentId: doc.id, oldValue: before.status, newValue: after.status, reason: reason ?? null });
        return after;
      })(),

    listApprovalQueue: () => ({ corrections: corrections.list({ status: 'pending' }), filings: documents.submitted() }),

    listAuditLog: ({ ref, targetKey, entity, limit }) =>
      ({ entries: audit.list({ documentId: ref === undefined ? undefined : documents.resolve(ref).id, targetKey, entity, limit }) }),

    verifyAuditLog: () => audit.verify(),
  };
}
