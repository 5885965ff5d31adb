/**
 * Markdown export for a wiki: per zone a heading, its groups and notes (with votes), the
 * self-assessment line, and the action points as a table. User text is escaped.
 */
import { formatDate, formatDecimal } from './labels.js';
import type { Report, ReportNote, ReportZone } from './reportModel.js';

/** Escapes Markdown syntax in user text so it renders literally (and on one line). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/\n+/g, '<br>');
}

function votes(report: Report, n: number): string {
  return n > 0 ? ` _(${report.t.vote(n)})_` : '';
}

function noteLine(report: Report, note: ReportNote): string {
  const author = note.author ? ` — ${escapeMarkdown(note.author)}` : '';
  return `- ${escapeMarkdown(note.text) || '…'}${votes(report, note.votes)}${author}`;
}

function zoneSection(report: Report, zone: ReportZone): string[] {
  const { t, lang } = report;
  const out = [`## ${escapeMarkdown(zone.label)}`, ''];
  if (zone.description) out.push(`_${escapeMarkdown(zone.description)}_`, '');
  const a = zone.assessment;
  if (a) {
    out.push(
      `**${t.assessment}:** ${t.average.toLowerCase()} ${formatDecimal(a.average, lang)} · ${t.spread.toLowerCase()} ${a.min}–${a.max} · ${t.respondents(a.count)}`,
      '',
    );
  }
  if (zone.notes.length === 0) out.push(`_${t.noNotes}_`, '');
  for (const group of zone.groups) {
    out.push(`### ${escapeMarkdown(group.label) || t.group}${votes(report, group.votes)}`, '');
    for (const note of group.notes) out.push(noteLine(report, note));
    out.push('');
  }
  if (zone.ungrouped.length > 0) {
    if (zone.groups.length > 0) out.push(`### ${t.otherNotes}`, '');
    for (const note of zone.ungrouped) out.push(noteLine(report, note));
    out.push('');
  }
  return out;
}

export function toMarkdown(report: Report): Buffer {
  const { t, lang } = report;
  const out = [
    `# ${escapeMarkdown(report.title) || t.reportTitle}`,
    '',
    `${t.reportTitle} · ${formatDate(report.exportedAt, lang)} · ${t.participants}: ${report.participants} · ${t.notes}: ${report.noteCount} · ${t.votes}: ${report.voteCount}`,
    '',
  ];
  for (const zone of report.zones) out.push(...zoneSection(report, zone));
  out.push(`## ${t.actions}`, '');
  if (report.actions.length === 0) out.push(`_${t.noActions}_`, '');
  else {
    out.push(`| ${t.who} | ${t.what} | ${t.when} | ${t.zone} | ${t.done} |`, '| --- | --- | --- | --- | --- |');
    for (const a of report.actions) {
      const cells = [a.who, a.what, a.when, a.zoneLabel].map(escapeMarkdown);
      out.push(`| ${cells.join(' | ')} | ${a.done ? '✓' : ''} |`);
    }
    out.push('');
  }
  return Buffer.from(out.join('\n'), 'utf8');
}
