/** Check results printed for a terminal: the filing, the counts, then each finding with its numbers. */
import type { CheckResultRecord, CheckSummary, DocumentSummary } from '../../shared/api/contract';
import { formatDecimal } from '../../shared/domain/numbers';

const MARK: Record<CheckResultRecord['status'], string> = { pass: '✓', rounding: '≈', fail: '✗', cannot_evaluate: '?' };

function amount(value: string | null): string {
  return value === null ? '—' : formatDecimal(value);
}

export function renderFindings(doc: DocumentSummary, checks: { results: CheckResultRecord[]; summary: CheckSummary }, all: boolean): string {
  const { summary } = checks;
  const total = summary.pass + summary.rounding + summary.fail + summary.cannot_evaluate;
  const lines = [
    `#${doc.id} ${doc.securityCode ?? '—'} ${doc.shortName ?? doc.fileName}: ${total} checks — ${summary.fail} fail, ${summary.cannot_evaluate} cannot evaluate, ${summary.rounding} rounding (尾数差异), ${summary.pass} pass`,
  ];
  for (const r of checks.results) {
    if (!all && (r.status === 'pass' || r.status === 'rounding')) continue;
    const numbers = r.status === 'cannot_evaluate' ? (r.reason?.en ?? '') : `expected ${amount(r.expected)}, printed ${amount(r.actual)}, difference ${amount(r.difference)} (tolerance ${amount(r.tolerance)})`;
    lines.push(`  ${MARK[r.status]} ${r.family.padEnd(12)} ${r.description.zh}`);
    lines.push(`    ${numbers}`);
  }
  return lines.join('\n');
}
