/**
 * The review workflow against a real store: users and roles, annotations, corrections with
 * maker-checker approval, filing status and its lock, checks reading approved values only,
 * corrections surviving re-extraction, and the audit chain catching a hand edit.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { newDoorSession, type DoorSession } from '../../electron/core/review/sessions';
import { runCli } from '../../electron/cli/gouji';
import { readFixture, tempCore } from '../helpers';

let core: Core;
const admin = newDoorSession();
const rita = newDoorSession();
const ron = newDoorSession();
const sam = newDoorSession();
const sue = newDoorSession();
let ref: string;

const as = <M extends Parameters<Core['call']>[0]>(door: DoorSession, method: M, input: Parameters<Core['call']>[1] & object) =>
  core.call(method, input as never, door);

beforeAll(async () => {
  core = tempCore();
  await core.call('setupAdmin', { username: 'admin', displayName: '管理员', password: 'admin-password' }, admin);
  for (const [username, role] of [
    ['rita', 'reviewer'],
    ['ron', 'reviewer'],
    ['sam', 'supervisor'],
    ['sue', 'supervisor'],
  ] as const) {
    await core.call('createUser', { username, displayName: username.toUpperCase(), role, password: `${username}-password` }, admin);
  }
  await core.call('signIn', { username: 'rita', password: 'rita-password' }, rita);
  await core.call('signIn', { username: 'ron', password: 'ron-password' }, ron);
  await core.call('signIn', { username: 'sam', password: 'sam-password' }, sam);
  await core.call('signIn', { username: 'sue', password: 'sue-password' }, sue);
  const outcome = await core.call('importFile', { fileName: 'seed-000.pdf', data: readFixture('seed-000.pdf') });
  if (outcome.status !== 'imported') throw new Error('import failed');
  ref = String(outcome.document.id);
  await core.call('extractDocument', { ref, wait: true });
}, 120_000);

afterAll(async () => {
  await core.close();
});

async function tableFigure() {
  const { figures } = await core.call('listFigures', { ref, source: 'table' }, rita);
  return figures.find((f) => !f.percent && f.value !== '0')!;
}

describe('users and sign-in', () => {
  it('refuses a wrong password and a disabled account with specific messages', async () => {
    await expect(core.call('signIn', { username: 'rita', password: 'nope-nope' }, newDoorSession())).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'wrong user name or password' });
    const { users } = await core.call('listUsers', {}, admin);
    const ronUser = users.find((u) => u.username === 'ron')!;
    const door = newDoorSession();
    await core.call('signIn', { username: 'ron', password: 'ron-password' }, door);
    await core.call('updateUser', { id: ronUser.id, active: false }, admin);
    // Deactivating signs the user out everywhere at once.
    await expect(core.call('listDocuments', {}, door)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(core.call('signIn', { username: 'ron', password: 'ron-password' }, door)).rejects.toThrow(/disabled/);
    await core.call('updateUser', { id: ronUser.id, active: true }, admin);
    await core.call('signIn', { username: 'ron', password: 'ron-password' }, door);
    // Ron's other session was closed with the deactivation: sign it in again for the tests below.
    await core.call('signIn', { username: 'ron', password: 'ron-password' }, ron);
  });

  it('keeps the last administrator', async () => {
    const { users } = await core.call('listUsers', {}, admin);
    const only = users.find((u) => u.role === 'admin')!;
    await expect(core.call('updateUser', { id: only.id, role: 'reviewer' }, admin)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('lets the command line without --user read and import, and nothing more', async () => {
    await expect(core.call('listDocuments', {})).resolves.toBeTruthy();
    await expect(core.call('proposeCorrection', { ref, targetKey: 't1/r1/c1', field: 'value', newValue: '1', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('corrections and maker-checker', () => {
  it('a reviewer cannot approve, and an approve by a reviewer changes nothing', async () => {
    const figure = await tableFigure();
    const proposed = await as(rita, 'proposeCorrection', { ref, targetKey: figure.key, field: 'value', newValue: '1,234.56', reason: 'the PDF prints 1,234.56' });
    expect(proposed).toMatchObject({ status: 'pending', oldValue: figure.value, newValue: '1234.56', extractedValue: figure.value, proposedBy: 'rita' });
    const auditRows = (await core.call('verifyAuditLog', {})).rows;
    await expect(as(ron, 'decideCorrections', { ids: [proposed.id], decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await core.call('verifyAuditLog', {})).rows).toBe(auditRows);
    expect((await core.call('listCorrections', { ref })).corrections.find((c) => c.id === proposed.id)!.status).toBe('pending');
    // Pending: the figure still reads its extracted value.
    const { figures } = await core.call('listFigures', { ref }, rita);
    expect(figures.find((f) => f.key === figure.key)).toMatchObject({ value: figure.value, reviewed: false });
    await as(rita, 'withdrawCorrection', { id: proposed.id });
  });

  it('nobody approves their own; another supervisor does, and the reviewed value is used', async () => {
    const figure = await tableFigure();
    const own = await as(sam, 'proposeCorrection', { ref, targetKey: figure.key, field: 'value', newValue: '99', reason: 'supervisor typo check' });
    await expect(as(sam, 'decideCorrections', { ids: [own.id], decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('another supervisor') });
    await expect(as(sue, 'decideCorrections', { ids: [own.id], decision: 'reject' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await as(sue, 'decideCorrections', { ids: [own.id], decision: 'reject', comment: 'the PDF is right' });
    const second = await as(rita, 'proposeCorrection', { ref, targetKey: figure.key, field: 'value', newValue: '100.5', reason: 'misread' });
    await expect(as(rita, 'proposeCorrection', { ref, targetKey: figure.key, field: 'value', newValue: '7', reason: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await as(sam, 'decideCorrections', { ids: [second.id], decision: 'approve', comment: 'agreed' });
    const { figures } = await core.call('listFigures', { ref });
    expect(figures.find((f) => f.key === figure.key)).toMatchObject({ value: '100.5', extractedValue: figure.value, reviewed: true });
    const history = await core.call('listCorrections', { ref, targetKey: figure.key });
    expect(history.corrections.map((c) => c.status)).toEqual(['withdrawn', 'rejected', 'approved']);
  });

  it('refuses values that are not numbers and targets that do not exist, with specific errors', async () => {
    const figure = await tableFigure();
    await expect(as(rita, 'proposeCorrection', { ref, targetKey: figure.key, field: 'value', newValue: 'abc', reason: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not a number') });
    await expect(as(rita, 'proposeCorrection', { ref, targetKey: 't999/r1/c1', field: 'value', newValue: '1', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as(rita, 'proposeCorrection', { ref, targetKey: figure.key, field: 'unit', newValue: 'furlongs', reason: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('checks read approved values only, and re-run when a correction is approved', async () => {
    const { results } = await core.call('runChecks', { ref });
    const passing = results.find((r) => r.status === 'pass' && r.family === 'footing' && r.figureIds.length >= 2)!;
    const { figures } = await core.call('listFigures', { ref });
    const total = figures.find((f) => f.id === passing.figureIds[0])!;
    const wrong = await as(rita, 'proposeCorrection', { ref, targetKey: total.key, field: 'value', newValue: String(BigInt(total.value.split('.')[0]!) + 1000n), reason: 'test a wrong total' });
    // Pending: the check still passes.
    expect((await core.call('listCheckResults', { ref })).results.find((r) => r.key === passing.key)!.status).toBe('pass');
    await as(sue, 'decideCorrections', { ids: [wrong.id], decision: 'approve' });
    expect((await core.call('listCheckResults', { ref })).results.find((r) => r.key === passing.key)!.status).toBe('fail');
    // Put it back: a correction back to the printed value, approved, and the check passes again.
    const back = await as(ron, 'proposeCorrection', { ref, targetKey: total.key, field: 'value', newValue: total.value, reason: 'restore' });
    await as(sam, 'decideCorrections', { ids: [back.id], decision: 'approve' });
    expect((await core.call('listCheckResults', { ref })).results.find((r) => r.key === passing.key)!.status).toBe('pass');
  });

  it('keeps corrections across re-extraction (they name figures by stable keys)', async () => {
    const before = (await core.call('listFigures', { ref })).figures.filter((f) => f.reviewed).map((f) => [f.key, f.value]);
    expect(before.length).toBeGreaterThan(0);
    await core.call('extractDocument', { ref, wait: true });
    const after = (await core.call('listFigures', { ref })).figures.filter((f) => f.reviewed).map((f) => [f.key, f.value]);
    expect(after).toEqual(before);
    expect((await core.call('listCorrections', { ref, status: 'approved' })).corrections.every((c) => !c.stale)).toBe(true);
  });
});

describe('annotations', () => {
  it('anchors a region in PDF space with tags, replies, status; only the author or a supervisor edits it', async () => {
    const note = await as(rita, 'addAnnotation', { ref, anchor: { kind: 'region', page: 1, rects: [{ x0: 50, y0: 600, x1: 300, y1: 640 }] }, comment: '金额与公告正文不一致？', tags: ['存疑', '存疑', '需问询'] });
    expect(note).toMatchObject({ status: 'open', author: 'rita', tags: ['存疑', '需问询'] });
    await as(ron, 'replyToAnnotation', { id: note.id, body: '已核对原文' });
    await expect(as(ron, 'updateAnnotation', { id: note.id, comment: 'mine now' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const resolved = await as(ron, 'updateAnnotation', { id: note.id, status: 'resolved' });
    expect(resolved.replies.map((r) => r.author)).toEqual(['ron']);
    expect((await core.call('listAnnotations', { ref, tag: '需问询' })).annotations.map((a) => a.id)).toEqual([note.id]);
    expect((await core.call('listAnnotations', { ref, status: 'open' })).annotations).toEqual([]);
    await expect(as(rita, 'addAnnotation', { ref, anchor: { kind: 'region', page: 999, rects: [{ x0: 0, y0: 0, x1: 1, y1: 1 }] }, comment: 'x', tags: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('filing status', () => {
  it('in review → submitted → approved (not by the submitter, not with pending corrections) → locked → reopened with a reason', async () => {
    expect((await core.call('getFilingReview', { ref })).status).toBe('in_review');
    await as(rita, 'changeFilingStatus', { ref, action: 'submit' });
    await expect(as(rita, 'changeFilingStatus', { ref, action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const figure = await tableFigure();
    const pending = await as(ron, 'proposeCorrection', { ref, targetKey: figure.key, field: 'period', newValue: '上年同期', reason: 'column is prior year' });
    await expect(as(sam, 'changeFilingStatus', { ref, action: 'approve' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('pending') });
    await as(ron, 'withdrawCorrection', { id: pending.id });
    await expect(as(sam, 'changeFilingStatus', { ref, action: 'return' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const approved = await as(sam, 'changeFilingStatus', { ref, action: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', locked: true, changedBy: 'sam', submittedBy: 'rita' });
    await expect(as(rita, 'addAnnotation', { ref, anchor: { kind: 'region', page: 1, rects: [{ x0: 0, y0: 0, x1: 1, y1: 1 }] }, comment: 'late', tags: [] })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('locked') });
    await expect(as(rita, 'changeFilingStatus', { ref, action: 'reopen', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await as(sue, 'changeFilingStatus', { ref, action: 'reopen', reason: '补充问询回复后重新复核' })).toMatchObject({ status: 'in_review', locked: false });
    const queue = await core.call('listApprovalQueue', {}, sam);
    expect(queue.filings).toEqual([]);
  });
});

describe('the audit trail', () => {
  it('records who, what, old and new, and why, per filing and per figure', async () => {
    const { entries } = await core.call('listAuditLog', { ref });
    const actions = new Set(entries.map((e) => `${e.entity}:${e.action}`));
    for (const expected of ['correction:create', 'correction:approve', 'correction:reject', 'correction:withdraw', 'annotation:create', 'annotation:update', 'reply:create', 'filing:submit', 'filing:approve', 'filing:reopen']) {
      expect(actions).toContain(expected);
    }
    const reopen = entries.find((e) => e.action === 'reopen')!;
    expect(reopen).toMatchObject({ actor: 'sue', oldValue: 'approved', newValue: 'in_review', reason: '补充问询回复后重新复核' });
    const figure = await tableFigure();
    const perFigure = await core.call('listAuditLog', { ref, targetKey: figure.key });
    expect(perFigure.entries.length).toBeGreaterThan(0);
    expect(perFigure.entries.every((e) => e.targetKey === figure.key)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('scrypt$');
  });

  it('verifies, and a hand edit of any row makes `gouji audit verify` fail at that row', async () => {
    expect(await core.call('verifyAuditLog', {})).toMatchObject({ ok: true, firstBroken: null });
    const dbPath = core.location.dbPath;
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), progress: () => {} };
    expect(await runCli(['--db', dbPath, 'audit', 'verify'], io)).toBe(0);

    const raw = new Database(dbPath);
    const rows = (raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const victim = Math.ceil(rows / 2);
    // The app's triggers refuse updates; someone editing the file by hand drops them first.
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET reason = 'nothing to see here' WHERE id = ?").run(victim);
    raw.close();

    out.length = 0;
    expect(await runCli(['--db', dbPath, '--json', 'audit', 'verify'], io)).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, firstBroken: { id: victim } });
    out.length = 0;
    expect(await runCli(['--db', dbPath, 'audit', 'verify'], io)).toBe(1);
    expect(out.join('\n')).toContain(`BROKEN at row ${victim}`);
  });
});

describe('the command line signs in with --user', () => {
  it('proposes and decides corrections, and refuses a reviewer who tries to decide', async () => {
    const dbPath = core.location.dbPath;
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), progress: () => {} };
    const figure = await tableFigure();
    process.env.GOUJI_PASSWORD = 'rita-password';
    expect(await runCli(['--db', dbPath, '--user', 'rita', '--json', 'correct', ref, figure.key, 'unit', '万元', '--reason', '表头单位为万元'], io)).toBe(0);
    const id = (JSON.parse(out.join('\n')) as { id: number }).id;
    out.length = 0;
    expect(await runCli(['--db', dbPath, '--user', 'rita', 'decide', 'approve', String(id)], io)).toBe(5);
    expect(out.join('\n')).toMatch(/supervisor|approve/);
    process.env.GOUJI_PASSWORD = 'sam-password';
    expect(await runCli(['--db', dbPath, '--user', 'sam', 'decide', 'approve', String(id)], io)).toBe(0);
    process.env.GOUJI_PASSWORD = 'wrong';
    expect(await runCli(['--db', dbPath, '--user', 'sam', 'list'], io)).toBe(5);
    delete process.env.GOUJI_PASSWORD;
  });
});
