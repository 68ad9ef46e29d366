/**
 * An extraction left "running" in the store: interrupted if its process is gone, left alone
 * if another live process (the app, while the CLI opens the same store) is running it.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { DocumentsRepository } from '../../electron/core/store/documents';
import { readFixture, tempCore } from '../helpers';

describe('an extraction left running', () => {
  it('is marked interrupted only when the process that ran it is gone', async () => {
    const core = tempCore();
    const outcome = await core.call('importFile', { fileName: 'seed-002.pdf', data: readFixture('seed-002.pdf') });
    if (outcome.status !== 'imported') throw new Error('import failed');
    const location = core.location;
    await core.close();

    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    try {
      for (const [owner, expected] of [
        [`${os.hostname()}:${alive.pid}`, 'running'],
        [`${os.hostname()}:${dead.pid}`, 'cancelled'],
        [null, 'cancelled'],
      ] as const) {
        const before = openCore({ location });
        new DocumentsRepository(before.db).setExtractionState(outcome.document.id, 'running', null, null, owner);
        before.db.close();
        const reopened = openCore({ location });
        expect((await reopened.call('getDocument', { ref: String(outcome.document.id) })).extractionStatus, String(owner)).toBe(expected);
        await reopened.close();
      }
    } finally {
      alive.kill();
    }
  });
});
