import type { RougeScores } from './rouge.js';
import type { SummaryGroupReport, SummaryReport } from './summary.js';

/** One line of the printed table: a metric for Byline beside the same metric for a baseline. */
export interface ReportRow {
  metric: string;
  /** 0..1 fractions, printed as percentages; null when not measured. */
  byline: number | null;
  baseline: number | null;
  baselineName: string;
}

/** A group heading in the table, followed by its rows. */
export interface ReportSection {
  title: string;
  rows: ReportRow[];
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

const ROUGE_METRICS: Array<[keyof RougeScores, string]> = [
  ['rouge1', 'ROUGE-1 F1'],
  ['rouge2', 'ROUGE-2 F1'],
  ['rougeL', 'ROUGE-L F1'],
];

function summaryGroupSection(title: string, group: SummaryGroupReport, leadName: string): ReportSection {
  const rows: ReportRow[] = [];
  for (const [baselineName, baseline] of [[leadName, group.lead], ['plain TextRank', group.textRank]] as const) {
    for (const [key, label] of ROUGE_METRICS) {
      rows.push({ metric: label, byline: group.byline[key], baseline: baseline[key], baselineName });
    }
  }
  return { title: `${title} (${group.articles} articles, ${group.sentences}-sentence summaries)`, rows };
}

export function summarySections(report: SummaryReport): ReportSection[] {
  return [
    summaryGroupSection('Summaries vs CNN/ReCoRD highlights', report.highlights, 'lead-3'),
    summaryGroupSection('Summaries vs XSum one-sentence summaries', report.xsum, 'lead-1'),
  ];
}

export function precisionRecallSection(
  title: string,
  byline: PrecisionRecallF1,
  baseline: PrecisionRecallF1,
  baselineName: string,
): ReportSection {
  return {
    title,
    rows: (['precision', 'recall', 'f1'] as const).map((key) => ({
      metric: key === 'f1' ? 'F1' : key[0]!.toUpperCase() + key.slice(1),
      byline: byline[key],
      baseline: baseline[key],
      baselineName,
    })),
  };
}

function percent(value: number | null): string {
  return value === null ? '—' : (value * 100).toFixed(1);
}

/** A plain-text table: one heading per section, then metric, Byline, baseline and what the baseline is. */
export function formatTable(sections: ReportSection[]): string {
  const header = ['Metric', 'Byline', 'Baseline', 'Baseline is'];
  const lines: string[][] = [];
  for (const section of sections) {
    lines.push([section.title]);
    for (const row of section.rows) {
      lines.push([`  ${row.metric}`, percent(row.byline), percent(row.baseline), row.baselineName]);
    }
  }
  const rowsWithCells = [header, ...lines.filter((line) => line.length > 1)];
  const widths = header.map((_, column) => Math.max(...rowsWithCells.map((line) => (line[column] ?? '').length)));
  const render = (line: string[]) =>
    line.length === 1
      ? line[0]!
      : line
          .map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
          .join('  ')
          .trimEnd();
  return [render(header), ...lines.map(render)].join('\n');
}
