/**
 * Who may call what. The core checks this on every call, whichever door it came through;
 * the UI only hides what the core would refuse anyway.
 */
import type { ApiMethod } from '../../api/methods';
import type { Role } from '../../api/review-contract';

/** public: anyone; read: any signed-in user or the CLI's local operator; ingest: import and extract; review: annotate and correct; supervise: approve; admin: users. */
export type Permission = 'public' | 'read' | 'ingest' | 'review' | 'supervise' | 'admin';

export const METHOD_PERMISSIONS: Record<ApiMethod, Permission> = {
  getAppInfo: 'public',
  getSession: 'public',
  signIn: 'public',
  signOut: 'public',
  setupAdmin: 'public',
  changePassword: 'read',
  listDocuments: 'read',
  getDocument: 'read',
  getDocumentFile: 'read',
  getExtractionStatus: 'read',
  listPages: 'read',
  listTables: 'read',
  getTable: 'read',
  listFigures: 'read',
  searchText: 'read',
  listCheckResults: 'read',
  listCustomChecks: 'read',
  listAnnotations: 'read',
  listCorrections: 'read',
  getFilingReview: 'read',
  listApprovalQueue: 'read',
  listAuditLog: 'read',
  verifyAuditLog: 'read',
  startExport: 'read',
  getExportStatus: 'read',
  getExportFile: 'read',
  importFile: 'ingest',
  extractDocument: 'ingest',
  cancelExtraction: 'ingest',
  runChecks: 'ingest',
  addCustomCheck: 'review',
  deleteCustomCheck: 'review',
  addAnnotation: 'review',
  updateAnnotation: 'review',
  deleteAnnotation: 'review',
  replyToAnnotation: 'review',
  proposeCorrection: 'review',
  withdrawCorrection: 'review',
  // Submitting is a reviewer's; approve, return and reopen are checked again by action.
  changeFilingStatus: 'review',
  decideCorrections: 'supervise',
  listUsers: 'admin',
  createUser: 'admin',
  updateUser: 'admin',
};

/** Roles nest: a supervisor can do what a reviewer can, an administrator what a supervisor can. */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  reviewer: ['public', 'read', 'ingest', 'review'],
  supervisor: ['public', 'read', 'ingest', 'review', 'supervise'],
  admin: ['public', 'read', 'ingest', 'review', 'supervise', 'admin'],
};

/** The CLI run without --user: whoever can open the store file can read it and add filings, nothing more. */
const LOCAL_OPERATOR_PERMISSIONS: readonly Permission[] = ['public', 'read', 'ingest'];

export type Caller = { kind: 'user'; role: Role } | { kind: 'local' } | { kind: 'anonymous' };

export function permits(caller: Caller, permission: Permission): boolean {
  switch (caller.kind) {
    case 'user':
      return ROLE_PERMISSIONS[caller.role].includes(permission);
    case 'local':
      return LOCAL_OPERATOR_PERMISSIONS.includes(permission);
    case 'anonymous':
      return permission === 'public';
  }
}

export const PERMISSION_NAMES: Record<Permission, { zh: string; en: string }> = {
  public: { zh: '公开', en: 'public' },
  read: { zh: '查看', en: 'read' },
  ingest: { zh: '导入与提取', en: 'import and extract' },
  review: { zh: '复核（批注、更正）', en: 'review (annotate, correct)' },
  supervise: { zh: '审批', en: 'approve' },
  admin: { zh: '用户管理', en: 'manage users' },
};
