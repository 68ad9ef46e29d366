/**
 * Review from the command line: users, the audit trail, corrections and their decisions,
 * filing status. Thin as every door: each command is one or two core calls, and the core
 * decides who may do what (`--user` signs in; without it only reading is allowed).
 */
import type { Command } from 'commander';
import { CORRECTION_FIELDS, CORRECTION_STATUSES, FILING_ACTIONS, ROLES, type CorrectionField, type CorrectionRecord, type CorrectionStatus, type FilingAction, type Role } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { renderTable } from './format';
import type { CliIo, GlobalOptions } from './gouji';
import { readSecret } from './session';

export interface ReviewCommandsContext {
  io: CliIo;
  setExit: (code: number) => void;
  globals: () => GlobalOptions;
  withCore: <T>(options: GlobalOptions, work: (core: Core) => Promise<T>) => Promise<T>;
  print: (value: unknown, human: () => string) => void;
}

const EXIT_SOME_FAILED = 1;

function correctionRows(corrections: readonly CorrectionRecord[]): string {
  if (corrections.length === 0) return 'no corrections';
  return renderTable(
    ['id', 'filing', 'target', 'field', 'old', 'new', 'status', 'by', 'decided by', 'reason'],
    corrections.map((c) => [String(c.id), String(c.documentId), c.targetKey, c.field, c.oldValue ?? '', c.newValue, c.status + (c.stale ? ' (stale)' : ''), c.proposedBy, c.decidedBy ?? '', c.reason]),
    [0, 1],
  );
}

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${what} must be one of ${allowed.join(', ')}, not "${value}"`);
}

export function registerReviewCommands(program: Command, { setExit, globals, withCore, print }: ReviewCommandsContext): void {
  const users = program.command('user').description('Gouji users: list them, add one (the first one added becomes the administrator)');
  users
    .command('list')
    .description('list users and their roles (administrators only)')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const { users: list } = await core.call('listUsers', {});
        print({ users: list }, () =>
          renderTable(['id', 'user', 'name', 'role', 'active'], list.map((u) => [String(u.id), u.username, u.displayName, u.role, u.active ? 'yes' : 'no']), [0]),
        );
      });
    });
  users
    .command('add')
    .description('add a user; on a new store, the first user is the administrator and needs no --user')
    .argument('<username>')
    .requiredOption('--name <display name>', 'the name shown in the app and the audit trail')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'reviewer')
    .action(async (username: string, options: { name: string; role: string }) => {
      const role = oneOf<Role>(ROLES, options.role, '--role');
      await withCore(globals(), async (core) => {
        const password = await readSecret(`password for the new user ${username}: `, 'GOUJI_NEW_PASSWORD');
        const { needsSetup } = await core.call('getSession', {});
        const user = needsSetup
          ? role === 'admin'
            ? (await core.call('setupAdmin', { username, displayName: options.name, password })).user!
            : (() => {
                throw new Error('the store has no users yet: add the administrator first (--role admin)');
              })()
          : await core.call('createUser', { username, displayName: options.name, role, password });
        print(user, () => `added ${user.username} (${user.displayName}) as ${user.role}`);
      });
    });

  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('check the SHA-256 chain of the audit trail; exits 1 and names the first broken row')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const result = await core.call('verifyAuditLog', {});
        print(result, () =>
          result.ok
            ? `audit trail intact: ${result.rows} rows, head ${result.head ?? '(empty)'}`
            : `audit trail BROKEN at row ${result.firstBroken!.id}: ${result.firstBroken!.problem} (${result.rows} rows read)`,
        );
        setExit(result.ok ? 0 : EXIT_SOME_FAILED);
      });
    });
  audit
    .command('log')
    .description('the audit trail, newest first, of one filing or of everything')
    .argument('[doc]', 'filing id or sha256')
    .option('--limit <n>', 'rows to show', '100')
    .action(async (ref: string | undefined, options: { limit: string }) => {
      await withCore(globals(), async (core) => {
        const { entries } = await core.call('listAuditLog', { ...(ref ? { ref } : {}), limit: Number(options.limit) });
        print({ entries }, () =>
          renderTable(
            ['id', 'at', 'who', 'action', 'what', 'filing', 'target', 'old → new', 'why'],
            entries.map((e) => [
              String(e.id),
              e.at.slice(0, 19).replace('T', ' '),
              e.actor,
              e.action,
              `${e.entity}${e.entityId ? ` #${e.entityId}` : ''}`,
              e.documentId === null ? '' : String(e.documentId),
              e.targetKey ?? '',
              typeof e.oldValue === 'string' || typeof e.newValue === 'string' ? `${String(e.oldValue ?? '')} → ${String(e.newValue ?? '')}` : '',
              e.reason ?? '',
            ]),
            [0],
          ),
        );
      });
    });

  program
    .command('corrections')
    .description('list corrections, of one filing or all')
    .argument('[doc]', 'filing id or sha256')
    .option('--status <status>', CORRECTION_STATUSES.join(', '))
    .action(async (ref: string | undefined, options: { status?: string }) => {
      const status = options.status === undefined ? undefined : oneOf<CorrectionStatus>(CORRECTION_STATUSES, options.status, '--status');
      await withCore(globals(), async (core) => {
        const { corrections } = await core.call('listCorrections', { ...(ref ? { ref } : {}), ...(status ? { status } : {}) });
        print({ corrections }, () => correctionRows(corrections));
      });
    });

  program
    .command('correct')
    .description('propose a correction of a figure or cell (pending until a supervisor decides it)')
    .argument('<doc>', 'filing id or sha256')
    .argument('<target>', 'the figure or cell: t<table>/r<row>/c<col> or p<page>/s<offset> (see `gouji show --tables --json`)')
    .argument('<field>', CORRECTION_FIELDS.join(', '))
    .argument('<value>', 'the new value')
    .requiredOption('--reason <why>', 'why the extracted value is wrong')
    .action(async (ref: string, targetKey: string, fieldName: string, newValue: string, options: { reason: string }) => {
      const field = oneOf<CorrectionField>(CORRECTION_FIELDS, fieldName, 'field');
      await withCore(globals(), async (core) => {
        const correction = await core.call('proposeCorrection', { ref, targetKey, field, newValue, reason: options.reason });
        print(correction, () => `correction #${correction.id} pending: ${correction.label} ${field} ${correction.oldValue ?? '—'} → ${correction.newValue}`);
      });
    });

  program
    .command('decide')
    .description('approve or reject pending corrections (supervisors; never your own)')
    .argument('<decision>', 'approve or reject')
    .argument('<ids...>', 'correction ids')
    .option('--comment <text>', 'why (required to reject)')
    .action(async (decisionName: string, ids: string[], options: { comment?: string }) => {
      const decision = oneOf(['approve', 'reject'] as const, decisionName, 'decision');
      await withCore(globals(), async (core) => {
        const { corrections } = await core.call('decideCorrections', { ids: ids.map(Number), decision, ...(options.comment ? { comment: options.comment } : {}) });
        print({ corrections }, () => correctionRows(corrections));
      });
    });

  program
    .command('status')
    .description('show a filing\'s review status, or move it: submit, approve, return, reopen')
    .argument('<doc>', 'filing id or sha256')
    .argument('[action]', FILING_ACTIONS.join(', '))
    .option('--reason <why>', 'required to return or reopen')
    .action(async (ref: string, actionName: string | undefined, options: { reason?: string }) => {
      await withCore(globals(), async (core) => {
        const review = actionName
          ? await core.call('changeFilingStatus', { ref, action: oneOf<FilingAction>(FILING_ACTIONS, actionName, 'action'), ...(options.reason ? { reason: options.reason } : {}) })
          : await core.call('getFilingReview', { ref });
        print(review, () =>
          `filing ${review.documentId}: ${review.status.replace(/_/g, ' ')}${review.locked ? ' (locked)' : ''}` +
          `${review.changedBy ? ` — ${review.changedBy}, ${review.changedAt}` : ''}${review.reason ? ` — ${review.reason}` : ''}`,
        );
      });
    });
}
