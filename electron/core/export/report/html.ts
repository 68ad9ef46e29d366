/**
 * The findings report as one self-contained HTML file (pictures inline), laid out for the
 * screen and for print: A4 pages, a finding never split across pages, no colours lost.
 */
import { Buffer } from 'node:buffer';
import { countLines, pageLabel, REPORT_TEXT, shortTime, type ReportText } from '../../../../shared/domain/export/report-text';
import type { Signature } from '../../../../shared/domain/export/bundle';
import type { IllustratedFindings, ReportMeta } from './model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
:root { --ink: #1d2430; --faint: #5d6878; --rule: #d8dde5; --fail: #b42318; --note: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 210mm; padding: 14mm; color: var(--ink);
  font: 10.5pt/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid var(--rule); padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 0 0 1.5mm; }
.meta { color: var(--faint); margin: 0 0 4mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 5mm; margin: 0; }
dl.facts dt { color: var(--faint); }
dl.facts dd { margin: 0; word-break: break-all; }
.counts { display: flex; flex-wrap: wrap; gap: 2mm; margin: 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--rule); border-radius: 2mm; padding: 1mm 3mm; }
.counts b { font-size: 13pt; margin-right: 1.5mm; }
.counts .fail b { color: var(--fail); }
.signoff { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.signoff > div { border-top: 1px solid var(--ink); padding-top: 1.5mm; min-height: 14mm; }
.signoff .who { font-size: 12pt; }
.finding { border: 1px solid var(--rule); border-left: 3px solid var(--fail); border-radius: 1.5mm; padding: 3mm 4mm; margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.finding.annotation { border-left-color: var(--note); }
.finding .kind { color: var(--fail); font-weight: 600; margin-right: 2mm; }
.finding.annotation .kind { color: var(--note); }
.finding dl { display: flex; flex-wrap: wrap; gap: 0 6mm; margin: 1mm 0; }
.finding dt { color: var(--faint); display: inline; }
.finding dt::after { content: "："; }
.finding dd { display: inline; margin: 0; font-variant-numeric: tabular-nums; }
.finding ul { margin: 1mm 0; padding-left: 5mm; }
figure { margin: 2mm 0 0; }
figure img { display: block; max-width: 100%; border: 1px solid var(--rule); }
figcaption { color: var(--faint); font-size: 9pt; }
.none { color: var(--faint); }
table.summary { border-collapse: collapse; width: 100%; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: 1mm 2mm; text-align: left; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 14mm; }
@media print {
  body { padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
}`;

const dataUri = (png: Uint8Array): string => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

function signatureHtml(t: ReportText, role: string, signature: Signature | null, verb: string): string {
  const who = signature ? `<div class="who">${escapeHtml(signature.displayName)} <small>(${escapeHtml(signature.username)})</small></div><div>${escapeHtml(verb)} ${escapeHtml(shortTime(signature.at))}</div>` : `<div class="who">${escapeHtml(t.notSigned)}</div>`;
  return `<div data-role="${role}"><div>${escapeHtml(role === 'reviewer' ? t.reviewer : t.supervisor)}</div>${who}</div>`;
}

function findingHtml(t: ReportText, f: IllustratedFindings, index: number): string {
  const finding = f.findings[index]!;
  const details = finding.details.map((d) => `<dt>${escapeHtml(d.label)}</dt><dd>${escapeHtml(d.value)}</dd>`).join('');
  const figures = finding.figures.length
    ? `<div>${escapeHtml(t.figures)}</div><ul>${finding.figures.map((fig) => `<li>#${fig.id} ${escapeHtml(fig.label)}：<b>${escapeHtml(fig.value)}</b>（${escapeHtml(pageLabel(t, fig.page))}）</li>`).join('')}</ul>`
    : '';
  const pictures = finding.places
    .map((place, i) => {
      const png = f.snippets[index]?.[i];
      const caption = escapeHtml(pageLabel(t, place.page));
      return png ? `<figure><img src="${dataUri(png)}" alt="${escapeHtml(t.snippetAlt.replace('{n}', String(place.page)))}"><figcaption>${caption}</figcaption></figure>` : '';
    })
    .join('');
  const kind = finding.kind === 'check' ? t.checkFailure : t.annotation;
  return `<section class="finding ${finding.kind}" data-finding="${finding.kind}-${finding.id}"><h3><span class="kind">${index + 1}. ${escapeHtml(kind)}</span>${escapeHtml(finding.title)}</h3><dl>${details}</dl>${figures}${pictures}</section>`;
}

function filingSection(t: ReportText, f: IllustratedFindings): string {
  const facts = f.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('');
  const counts = countLines(t, f.counts).map((c) => `<li class="${c.key}"><b>${c.value}</b>${escapeHtml(c.label)}</li>`).join('');
  const findings = f.findings.length ? f.findings.map((_, i) => findingHtml(t, f, i)).join('') : `<p class="none">${escapeHtml(t.none)}</p>`;
  return `<h2>${escapeHtml(f.heading)}</h2>
<dl class="facts">${facts}<dt>${escapeHtml(t.status)}</dt><dd>${escapeHtml(t.statuses[f.reviewStatus as keyof typeof t.statuses] ?? f.reviewStatus)}</dd></dl>
<h2>${escapeHtml(t.counts)}</h2><ul class="counts">${counts}</ul>
<h2>${escapeHtml(t.signOff)}</h2><div class="signoff">${signatureHtml(t, 'reviewer', f.signOff.reviewer, t.submittedOn)}${signatureHtml(t, 'supervisor', f.signOff.supervisor, t.approvedOn)}</div>
<h2>${escapeHtml(t.findings)}</h2>${findings}`;
}

function page(meta: ReportMeta, title: string, body: string): string {
  const t = REPORT_TEXT[meta.lang];
  return `<!doctype html>
<html lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(shortTime(meta.generatedAt))} · ${escapeHtml(t.values[meta.values])}</p>
${body}
</body>
</html>
`;
}

export function reportHtml(f: IllustratedFindings, meta: ReportMeta): string {
  const t = REPORT_TEXT[meta.lang];
  return page(meta, `${t.title} · ${f.heading}`, filingSection(t, f));
}

/** A batch's summary page: each filing's counts and sign-off, linking to its own report. */
export function batchIndexHtml(filings: readonly { findings: IllustratedFindings; file: string }[], meta: ReportMeta): string {
  const t = REPORT_TEXT[meta.lang];
  const head = [t.filing, t.status, t.fail, t.openAnnotations, t.reviewer, t.supervisor].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = filings
    .map(({ findings: f, file }) => {
      const cells = [
        `<a href="${escapeHtml(encodeURIComponent(file))}">${escapeHtml(f.heading)}</a>`,
        escapeHtml(t.statuses[f.reviewStatus as keyof typeof t.statuses] ?? f.reviewStatus),
        `<span class="n">${f.counts.fail}</span>`,
        `<span class="n">${f.counts.openAnnotations}</span>`,
        escapeHtml(f.signOff.reviewer?.displayName ?? t.notSigned),
        escapeHtml(f.signOff.supervisor?.displayName ?? t.notSigned),
      ];
      return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('');
  return page(meta, t.batchTitle, `<table class="summary"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
}
