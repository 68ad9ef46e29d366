/**
 * Crash safety: 1,000 corrections, annotations and approvals made by the core in a child
 * process that is killed with SIGKILL at 50 or more random points. Every acknowledged write
 * must survive, the store must pass integrity_check and the audit chain must verify, after
 * every restart and at the end.
 */
import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../scripts/crash/run';

describe('crash safety', () => {
  it('keeps every acknowledged write through 50+ SIGKILLs', { timeout: 600_000 }, async () => {
    const report = await runCrashTest({ ops: 1000, kills: 50, seed: 20261122 });
    expect(report.kills).toBeGreaterThanOrEqual(50);
    expect(report.acknowledged).toBe(1000);
    expect(report.missing).toEqual([]);
    expect(report.restartProblems).toEqual([]);
    expect(report.integrity).toBe('ok');
    expect(report.auditChainOk).toBe(true);
  });
});
