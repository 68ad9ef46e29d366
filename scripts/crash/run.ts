/**
 * Crash test: a child process runs the core making corrections, annotations and approvals;
 * it is killed with SIGKILL at random points and restarted where it left off. At the end,
 * every acknowledged write must be in the store, `PRAGMA integrity_check` must pass and the
 * audit chain must verify (the child also checks both on every restart).
 *
 *   node --import tsx scripts/crash/run.ts [ops=1000] [kills=50] [seed=1]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openCore } from '../../electron/core/core';
import { resolveStoreLocation } from '../../electron/core/paths';
import { newDoorSession } from '../../electron/core/review/sessions';
import { CRASH_USERS, opTag, type OpKind } from './plan';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');

export interface CrashReport {
  ops: number;
  kills: number;
  restarts: number;
  acknowledged: number;
  /** Acknowledged writes not found in the store afterwards: must be empty. */
  missing: string[];
  /** Problems the child found on restart (integrity, audit chain): must be empty. */
  restartProblems: string[];
  integrity: string;
  auditChainOk: boolean;
  auditRows: number;
  seconds: number;
}

/** A small seeded generator, so a failing run can be repeated. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function prepareStore(home: string, fixture: string): Promise<void> {
  const core = openCore({ location: resolveStoreLocation(home) });
  try {
    const admin = newDoorSession();
    await core.call('setupAdmin', { ...CRASH_USERS.admin, displayName: 'Admin' }, admin);
    await core.call('createUser', { ...CRASH_USERS.reviewer, displayName: 'Reviewer', role: 'reviewer' }, admin);
    await core.call('createUser', { ...CRASH_USERS.supervisor, displayName: 'Supervisor', role: 'supervisor' }, admin);
    await core.call('importFile', { fileName: path.basename(fixture), data: new Uint8Array(fs.readFileSync(fixture)) });
    await core.call('extractDocument', { ref: '1', wait: true });
  } finally {
    await core.close();
  }
}

/** Bundled inside the repo so the child resolves better-sqlite3 and pdf.js from its node_modules. */
async function buildWorker(): Promise<string> {
  const outfile = path.join(REPO, 'node_modules', '.cache', 'gouji-crash', `crash-worker-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(HERE, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', 'electron'],
    define: { __GOUJI_VERSION__: '"crash-test"' },
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

interface RunResult {
  acks: { op: number; kind: OpKind; id: number }[];
  ready: string | null;
  finished: boolean;
  killed: boolean;
}

/** One life of the child: from `start`, killed after a random number of acknowledgements (or left to finish). */
function runChild(worker: string, home: string, start: number, end: number, killAfterAcks: number | null, killDelayMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, home, String(start), String(end)], { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
    const result: RunResult = { acks: [], ready: null, finished: false, killed: false };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, ...rest] = line.split(' ');
      if (word === 'ready') result.ready = rest.join(' ');
      else if (word === 'finished') result.finished = true;
      else if (word === 'ack') {
        result.acks.push({ op: Number(rest[0]), kind: rest[1] as OpKind, id: Number(rest[2]) });
        if (killAfterAcks !== null && result.acks.length === killAfterAcks && !result.killed) {
          result.killed = true;
          setTimeout(() => child.kill('SIGKILL'), killDelayMs);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve(result);
      else reject(new Error(`crash worker exited with ${code ?? signal}: ${stderr}`));
    });
  });
}

export async function runCrashTest(options: { ops?: number; kills?: number; seed?: number; log?: (line: string) => void } = {}): Promise<CrashReport> {
  const ops = options.ops ?? 1000;
  const minKills = options.kills ?? 50;
  const random = mulberry32(options.seed ?? 1);
  const log = options.log ?? (() => {});
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-crash-'));
  const home = path.join(dir, 'store');
  await prepareStore(home, path.join(REPO, 'tests', 'fixtures', 'seed-000.pdf'));
  const worker = await buildWorker();

  const acknowledged = new Map<number, { kind: OpKind; id: number }>();
  const restartProblems: string[] = [];
  let next = 0;
  let kills = 0;
  let restarts = 0;
  // Spread the kills over the ops: on average one every ops/(1.5·kills) acknowledgements.
  const meanGap = Math.max(2, Math.floor(ops / (minKills * 1.5)));
  while (next < ops || kills < minKills) {
    if (next >= ops) next = ops; // everything done: keep restarting (and killing during start-up checks) until enough kills
    const killAfter = next >= ops ? null : 1 + Math.floor(random() * meanGap * 2);
    const result = await runChild(worker, home, next, ops, killAfter, Math.floor(random() * 6));
    restarts++;
    if (result.ready !== 'ok chain-ok') restartProblems.push(`restart ${restarts}: ${result.ready ?? 'never became ready'}`);
    for (const ack of result.acks) acknowledged.set(ack.op, { kind: ack.kind, id: ack.id });
    if (result.killed) kills++;
    while (acknowledged.has(next)) next++;
    log(`life ${restarts}: ${result.acks.length} acks, next op ${next}${result.killed ? ', killed' : ''}`);
    if (next >= ops && kills < minKills && !result.killed) {
      // Finished before enough kills: kill the next lives during their start-up instead.
      const early = await killDuringStartup(worker, home, ops, Math.floor(random() * 120));
      restarts++;
      kills++;
      if (early && early !== 'ok chain-ok') restartProblems.push(`restart ${restarts}: ${early}`);
    }
  }

  const core = openCore({ location: resolveStoreLocation(home) });
  try {
    const integrity = String(core.db.pragma('integrity_check', { simple: true }));
    const chain = await core.call('verifyAuditLog', {});
    const { corrections } = await core.call('listCorrections', { ref: '1' });
    const { annotations } = await core.call('listAnnotations', { ref: '1' });
    const correctionsById = new Map(corrections.map((c) => [c.id, c]));
    const annotationIds = new Set(annotations.map((a) => a.id));
    const missing: string[] = [];
    for (const [op, { kind, id }] of acknowledged) {
      if (kind === 'correct' && correctionsById.get(id)?.reason !== opTag(op)) missing.push(`op ${op}: correction #${id}`);
      if (kind === 'approve' && correctionsById.get(id)?.status !== 'approved') missing.push(`op ${op}: approval of correction #${id}`);
      if (kind === 'annotate' && !annotationIds.has(id)) missing.push(`op ${op}: annotation #${id}`);
    }
    return {
      ops,
      kills,
      restarts,
      acknowledged: acknowledged.size,
      missing,
      restartProblems,
      integrity,
      auditChainOk: chain.ok,
      auditRows: chain.rows,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(worker, { force: true });
  }
}

/** Start a child with nothing left to do and kill it a few milliseconds in (mid start-up checks). */
function killDuringStartup(worker: string, home: string, ops: number, delayMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, home, String(ops), String(ops)], { stdio: ['ignore', 'pipe', 'ignore'], cwd: REPO });
    let ready: string | null = null;
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) ready = line.slice(6);
    });
    setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => resolve(ready));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [ops, kills, seed] = process.argv.slice(2).map(Number);
  const report = await runCrashTest({ ops: ops || 1000, kills: kills || 50, seed: seed || 1, log: (line) => console.error(line) });
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.missing.length === 0 && report.restartProblems.length === 0 && report.integrity === 'ok' && report.auditChainOk ? 0 : 1;
}
