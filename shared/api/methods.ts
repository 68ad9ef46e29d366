/**
 * The names of every API call, free of zod so the sandboxed Electron preload can
 * import it without bundling the schemas. `contract.ts` asserts it matches.
 */
export const API_METHODS = [
  'getAppInfo',
  'listDocuments',
  'getDocument',
  'importFile',
  'getDocumentFile',
  'extractDocument',
  'getExtractionStatus',
  'cancelExtraction',
  'listPages',
  'listTables',
  'getTable',
  'listFigures',
  'searchText',
  'runChecks',
  'listCheckResults',
  'addCustomCheck',
  'listCustomChecks',
  'deleteCustomCheck',
  'getSession',
  'signIn',
  'signOut',
  'setupAdmin',
  'changePassword',
  'listUsers',
  'createUser',
  'updateUser',
  'listAnnotations',
  'addAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'replyToAnnotation',
  'listCorrections',
  'proposeCorrection',
  'withdrawCorrection',
  'decideCorrections',
  'getFilingReview',
  'changeFilingStatus',
  'listApprovalQueue',
  'listAuditLog',
  'verifyAuditLog',
  'startExport',
  'getExportStatus',
  'getExportFile',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** IPC channel for one API call; the preload and main agree on it through this. */
export const ipcChannel = (method: ApiMethod): string => `gouji:${method}`;
