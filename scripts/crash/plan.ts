/** The crash test's operation plan, shared by parent and child: op i corrects, annotates or approves. */
export const CRASH_USERS = {
  admin: { username: 'crash-admin', password: 'crash-admin-password' },
  reviewer: { username: 'crash-reviewer', password: 'crash-reviewer-password' },
  supervisor: { username: 'crash-supervisor', password: 'crash-supervisor-password' },
} as const;

export type OpKind = 'correct' | 'annotate' | 'approve';

export function opKind(op: number): OpKind {
  return (['correct', 'annotate', 'approve'] as const)[op % 3]!;
}

/** How an op's write is found again after a restart. */
export function opTag(op: number): string {
  return `crash op ${op}`;
}
