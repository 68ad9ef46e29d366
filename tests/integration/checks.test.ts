import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DoorSession } from '../../electron/core/review/sessions';
import { readFixture, signedInAs, tempCore } from '../helpers';

let core: Core;
let ref: string;
let reviewer: DoorSession;

beforeAll(async () => {
  core = tempCore('reviewer-b');
  reviewer = await signedInAs(core, 'reviewer', 'reviewer-b');
  const outcome = await core.call('importFile', { fileName: 'seed-000.pdf', data: readFixture('seed-000.pdf') });
  if (outcome.status === 'failed') throw new Error(outcome.error.message);
  ref = String(outcome.document.id);
  await core.call('extractDocument', { ref, wait: true });
});
afterAll(() => core.close());

describe('checks through the API', () => {
  it('runs after extraction and stores results with the figures they read, failures first', async () => {
    const { results, summary, checkedAt } = await core.call('listCheckResults', { ref });
    expect(checkedAt).not.toBeNull();
    expect(summary.fail).toBe(0);
    expect(results.length).toBe(summary.pass + summary.rounding + summary.fail + summary.cannot_evaluate);
    const footing = results.find((r) => r.rule === 'footing.total')!;
    expect(footing).toMatchObject({ family: 'footing', status: 'pass', expected: '90250000.00', actual: '90250000.00' });
    const { figures } = await core.call('listFigures', { ref });
    const total = figures.find((f) => f.id === footing.figureIds[0]);
    expect(total).toMatchObject({ value: '90250000.00', metric: '合计' });
    // The narrative parts that make the 40,000,000.00 sales row.
    expect(results.some((r) => r.family === 'consistency' && r.status === 'pass')).toBe(true);
    expect(results.some((r) => r.family === 'policy')).toBe(true);
  });

  it('filters by status and family', async () => {
    const { results } = await core.call('listCheckResults', { ref, family: 'footing' });
    expect(results.every((r) => r.family === 'footing')).toBe(true);
    expect((await core.call('listCheckResults', { ref, status: 'fail' })).results).toEqual([]);
  });

  it('takes a reviewer formula, rejects a malformed one with its position, and runs it', async () => {
    await expect(core.call('addCustomCheck', { ref, name: 'broken', formula: '#1 = #2 +' }, reviewer)).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { position: expect.any(Number) } });
    const { figures } = await core.call('listFigures', { ref, source: 'table' });
    const pick = (value: string) => figures.find((f) => f.value === value && f.cellCol === 2)!.id;
    const check = await core.call('addCustomCheck', { ref, name: '预计合计', formula: `#${pick('90250000.00')} = #${pick('50000000.00')} + #${pick('40000000.00')} + #${pick('250000.00')}` }, reviewer);
    expect(check).toMatchObject({ documentId: Number(ref), createdBy: 'reviewer-b' });
    const { results } = await core.call('runChecks', { ref });
    expect(results.find((r) => r.key === `custom:${check.id}`)).toMatchObject({ family: 'custom', status: 'pass' });
    expect((await core.call('listCustomChecks', { ref })).checks.map((c) => c.id)).toContain(check.id);
    expect(await core.call('deleteCustomCheck', { id: check.id }, reviewer)).toEqual({ deleted: true });
  });
});
