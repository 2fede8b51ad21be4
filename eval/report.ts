import type { GoldMetrics, GoldSetMetrics } from './gold.js';
import type { ParsingMetrics } from './parsing.js';
import type { QaSetReport, RankMetrics, SharedQaReport, SquadReport } from './qa.js';
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

const MINISEARCH = 'plain MiniSearch';

function rankRows(byline: RankMetrics, baseline: RankMetrics): ReportRow[] {
  return [
    { metric: 'Top-1 accuracy', byline: byline.top1, baseline: baseline.top1, baselineName: MINISEARCH },
    { metric: 'Top-3 accuracy', byline: byline.top3, baseline: baseline.top3, baselineName: MINISEARCH },
    { metric: 'Mean reciprocal rank', byline: byline.mrr, baseline: baseline.mrr, baselineName: MINISEARCH },
  ];
}

function qaSetSection(name: string, set: QaSetReport): ReportSection {
  return { title: `Answer sentence, ${name} (${set.questions} questions)`, rows: rankRows(set.ours, set.baseline) };
}

export function qaSections(report: SharedQaReport): ReportSection[] {
  const overall = qaSetSection('all shared QA sets', report.overall);
  overall.rows.push(
    { metric: `Abstained on unanswerable (${report.overall.unanswerable})`, byline: report.abstentionRate, baseline: null, baselineName: '' },
    { metric: 'Wrongly abstained on answerable', byline: report.falseAbstentionRate, baseline: null, baselineName: '' },
  );
  return [overall, ...Object.entries(report.sets).map(([name, set]) => qaSetSection(name, set))];
}

export function squadSection(file: string, report: SquadReport): ReportSection {
  return { title: `Answer sentence, SQuAD ${file} (${report.questions} questions)`, rows: rankRows(report, report.baseline) };
}

export function parsingSections(report: ParsingMetrics): ReportSection[] {
  const { html, rawText } = report;
  return [
    {
      title: `Parsing: HTML pages (${html.pages}, ${html.failures} refused)`,
      rows: [
        { metric: 'Body text recovered', byline: html.parser.recovered, baseline: html.baseline.recovered, baselineName: 'tag stripping' },
        { metric: 'Junk admitted', byline: html.parser.junk, baseline: html.baseline.junk, baselineName: 'tag stripping' },
      ],
    },
    {
      title: `Parsing: raw text (${rawText.files} files, ${rawText.nonBodyLines} caption/credit/tag lines)`,
      rows: [{ metric: 'Non-body lines leaked into paragraphs', byline: rawText.leakFraction, baseline: null, baselineName: '' }],
    },
  ];
}

function goldSetSection(name: string, set: GoldSetMetrics): ReportSection {
  const baselineName = 'name before "said"';
  return {
    title: `Gold set, ${name} (${set.articles.length} articles, ${set.attribution.gold} attributions, ${set.people.people} people)`,
    rows: [
      { metric: 'Attribution precision', byline: set.attribution.precision, baseline: set.baseline.precision, baselineName },
      { metric: 'Attribution recall', byline: set.attribution.recall, baseline: set.baseline.recall, baselineName },
      { metric: 'Attribution F1', byline: set.attribution.f1, baseline: set.baseline.f1, baselineName },
      { metric: 'Speaker accuracy', byline: set.attribution.speakerAccuracy, baseline: set.baseline.speakerAccuracy, baselineName },
      { metric: 'Role accuracy', byline: set.people.roleAccuracy, baseline: null, baselineName: '' },
      { metric: 'Alias accuracy', byline: set.people.aliasAccuracy, baseline: null, baselineName: '' },
    ],
  };
}

export function goldSections(report: GoldMetrics): ReportSection[] {
  return [goldSetSection('tuned on', report.tuned), goldSetSection('held out', report.heldout)];
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
