/**
 * The crash test's child: opens the store, checks it (integrity and audit chain), then works
 * through the operation plan from the index it is given, printing "ack <op> <kind> <id>" after
 * each write commits. The parent kills it with SIGKILL at random points; ops are idempotent
 * on restart (found again by their reason or comment), so a write that committed but was not
 * acknowledged is not repeated.
 */
import { openCore } from '../../electron/core/core';
import { resolveStoreLocation } from '../../electron/core/paths';
import { newDoorSession } from '../../electron/core/review/sessions';
import { ApiError } from '../../shared/api/contract';
import { CRASH_USERS, opKind, opTag } from './plan';

const [home, startArg, endArg] = process.argv.slice(2);
const core = openCore({ location: resolveStoreLocation(home) });
const integrity = core.db.pragma('integrity_check', { simple: true });
const chain = await core.call('verifyAuditLog', {});
const reviewer = newDoorSession();
const supervisor = newDoorSession();
await core.call('signIn', CRASH_USERS.reviewer, reviewer);
await core.call('signIn', CRASH_USERS.supervisor, supervisor);
process.stdout.write(`ready ${integrity} ${chain.ok ? 'chain-ok' : `chain-broken-at-${chain.firstBroken?.id}`}\n`);

const { figures } = await core.call('listFigures', { ref: '1', source: 'table' });
const targets = figures.filter((f) => !f.percent);
const ack = (op: number, kind: string, id: number): void => void process.stdout.write(`ack ${op} ${kind} ${id}\n`);

const existing = (op: number) => core.call('listCorrections', { ref: '1' }).then(({ corrections }) => corrections.find((c) => c.reason === opTag(op)));

for (let op = Number(startArg); op < Number(endArg); op++) {
  const kind = opKind(op);
  if (kind === 'correct') {
    const already = await existing(op);
    const target = targets[Math.floor(op / 3) % targets.length]!;
    const done = already ?? (await core.call('proposeCorrection', { ref: '1', targetKey: target.key, field: 'value', newValue: String(op + 1), reason: opTag(op) }, reviewer));
    ack(op, kind, done.id);
  } else if (kind === 'annotate') {
    const { annotations } = await core.call('listAnnotations', { ref: '1' });
    const done = annotations.find((a) => a.comment === opTag(op)) ??
      (await core.call('addAnnotation', { ref: '1', anchor: { kind: 'region', page: 1, rects: [{ x0: op % 500, y0: 100, x1: (op % 500) + 40, y1: 120 }] }, comment: opTag(op), tags: ['存疑'] }, reviewer));
    ack(op, kind, done.id);
  } else {
    // Approve the correction proposed two ops before.
    const proposed = (await existing(op - 2))!;
    if (proposed.status === 'pending') {
      try {
        await core.call('decideCorrections', { ids: [proposed.id], decision: 'approve' }, supervisor);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'CONFLICT')) throw error;
      }
    }
    ack(op, kind, proposed.id);
  }
}
await core.close();
process.stdout.write('finished\n');
