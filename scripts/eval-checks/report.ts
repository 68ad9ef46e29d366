/** What the benchmark prints: the numbers first, then every failure and every miss, for a person to judge. */
import type { FailCause } from './classify';
import type { TruthTable } from './fixtures';
import { describeMutation, MUTATION_KINDS, type Detection, type Mutation, type MutationKind } from './mutate';
import type { PlacedResult } from './reads';

export interface FailReport {
  /** "001#12" for a table rendered alone, "seed-001.pdf / 001#12" in a full fixture. */
  readonly where: string;
  readonly title: string | null;
  readonly placed: PlacedResult;
  readonly cause: FailCause;
  readonly why: string;
  /** For full fixtures: whether the same check failed on the table rendered alone. */
  readonly note?: string;
}

export interface MutationOutcome {
  readonly mutation: Mutation;
  readonly table: TruthTable;
  readonly detection: Detection;
}

export const CAUSE_LABEL: Record<FailCause, string> = {
  source_artifact: 'source artifacts (broken row in the seed text; not false alarms)',
  extraction: 'extraction errors (false alarms)',
  unexplained: 'unexplained: check logic or a real inconsistency (false alarms)',
};

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

function failLine(f: FailReport): string {
  const r = f.placed.record;
  const numbers = `expected ${r.expected ?? '—'}, printed ${r.actual ?? '—'}, difference ${r.difference ?? '—'}, tolerance ${r.tolerance ?? '—'}`;
  const title = f.title ? ` 「${f.title.slice(0, 24)}」` : '';
  return [`  ✗ ${f.where}${title} ${r.rule}: ${r.description.zh}`, `      ${numbers}`, `      why: ${f.why}${f.note ? ` — ${f.note}` : ''}`].join('\n');
}

export function printFailures(heading: string, fails: readonly FailReport[]): void {
  const causes: FailCause[] = ['unexplained', 'extraction', 'source_artifact'];
  const counts = causes.map((c) => `${c} ${fails.filter((f) => f.cause === c).length}`).join(', ');
  console.log(`\n${heading}: ${fails.length} failing checks (${counts})`);
  for (const cause of causes) {
    const group = fails.filter((f) => f.cause === cause);
    if (group.length === 0) continue;
    console.log(` ${CAUSE_LABEL[cause]}: ${group.length}`);
    group.forEach((f) => console.log(failLine(f)));
  }
}

export function recallByKind(outcomes: readonly MutationOutcome[]): { kind: MutationKind | 'all'; detected: number; flagged: number; total: number }[] {
  const of = (list: readonly MutationOutcome[]) => ({
    detected: list.filter((o) => o.detection.detected).length,
    flagged: list.filter((o) => o.detection.flagged).length,
    total: list.length,
  });
  return [...MUTATION_KINDS.map((kind) => ({ kind, ...of(outcomes.filter((o) => o.mutation.kind === kind)) })), { kind: 'all' as const, ...of(outcomes) }];
}

export function printMutations(outcomes: readonly MutationOutcome[], goal: number): void {
  console.log(`\nmutations: ${MUTATION_KINDS.map((k) => `${k} ${outcomes.filter((o) => o.mutation.kind === k).length}`).join(', ')}`);
  for (const { kind, detected, flagged, total } of recallByKind(outcomes)) {
    const flaggedText = `flagged ✗ or new ≈ ${String(flagged).padStart(3)}/${total} ${percent(flagged, total)}`;
    console.log(`  recall ${kind.padEnd(5)} ✗ ${String(detected).padStart(3)}/${String(total).padEnd(3)} ${percent(detected, total)}   ${flaggedText}${kind === 'all' ? `  (goal ≥ ${(goal * 100).toFixed(0)}%)` : ''}`);
  }
  const families = new Map<string, number>();
  for (const o of outcomes) for (const f of o.detection.families) families.set(f, (families.get(f) ?? 0) + 1);
  console.log(`  caught by family: ${[...families].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
  const missed = outcomes.filter((o) => !o.detection.detected);
  console.log(`\nundetected: ${missed.length}`);
  for (const o of missed) console.log(`  - ${o.table.id} 「${(o.table.title ?? '').slice(0, 20)}」 ${describeMutation(o.mutation)}: ${o.detection.reason ?? ''}`);
}

export function printTimings(timings: readonly [string, number][]): void {
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\ntiming: ${timings.map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}s`).join(', ')}; total ${(total / 1000).toFixed(1)}s`);
}
