import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvalInputError, findRepoRoot, main, parseEvalArgs } from '../../eval/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    repoRoot,
  });
  return { code, stdout, stderr };
}

// Written here by hand in the two formats: two CoNLL sentences (IOB1) and a two-paragraph SQuAD v1.1 article.
const CONLL_SAMPLE = `-DOCSTART- -X- O O

Prime NNP I-NP O
Minister NNP I-NP O
John NNP I-NP I-PER
Howard NNP I-NP I-PER
met VBD I-VP O
Tony NNP I-NP I-PER
Blair NNP I-NP I-PER
in IN I-PP O
London NNP I-NP I-LOC
. . O O

Reuters NNP I-NP I-ORG
said VBD I-VP O
Howard NNP I-NP I-PER
left VBD I-VP O
. . O O
`;

const HARBOUR = 'The harbour bridge opened in 1932. It carries eight lanes of traffic and two railway tracks.';
const FERRY = 'The ferry terminal stands beside the bridge. Ferries leave every twenty minutes for the northern shore.';
const question = (id: string, text: string, context: string, answer: string) => ({
  id,
  question: text,
  answers: [{ text: answer, answer_start: context.indexOf(answer) }],
});
const SQUAD_SAMPLE = {
  version: '1.1',
  data: [
    {
      title: 'Harbour',
      paragraphs: [
        {
          context: HARBOUR,
          qas: [
            question('q1', 'When did the harbour bridge open?', HARBOUR, '1932'),
            question('q2', 'How many railway tracks does the bridge carry?', HARBOUR, 'two railway tracks'),
          ],
        },
        { context: FERRY, qas: [question('q3', 'How often do ferries leave?', FERRY, 'every twenty minutes')] },
      ],
    },
  ],
};

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'byline-eval-'));
  writeFileSync(path.join(workDir, 'sample.conll'), CONLL_SAMPLE);
  writeFileSync(path.join(workDir, 'sample-squad.json'), JSON.stringify(SQUAD_SAMPLE));
  writeFileSync(path.join(workDir, 'broken.json'), '{"data": [');
});

const fraction = expect.toSatisfy((value: unknown) => typeof value === 'number' && value >= 0 && value <= 1);
const prf = { precision: fraction, recall: fraction, f1: fraction };
const ranks = { top1: fraction, top3: fraction, mrr: fraction };

describe('parseEvalArgs', () => {
  it('reads the file flags and --json in any order', () => {
    expect(parseEvalArgs([])).toEqual({ squad: null, conll: null, json: false });
    expect(parseEvalArgs(['--json', '--conll', 'a.txt', '--squad', 'b.json'])).toEqual({ squad: 'b.json', conll: 'a.txt', json: true });
  });

  it('refuses unknown flags and file flags without a file', () => {
    expect(() => parseEvalArgs(['--verbose'])).toThrow(EvalInputError);
    expect(() => parseEvalArgs(['--squad'])).toThrow(/--squad needs a file/);
    expect(() => parseEvalArgs(['--conll', '--json'])).toThrow(/--conll needs a file/);
  });
});

describe('findRepoRoot', () => {
  it('finds package.json from the built and the source locations', () => {
    expect(findRepoRoot(path.join(repoRoot, 'dist', 'eval'))).toBe(repoRoot);
    expect(findRepoRoot(path.join(repoRoot, 'eval'))).toBe(repoRoot);
  });
});

describe('npm run eval with files', () => {
  it('--conll --json prints exactly the CoNLL object, as fractions', async () => {
    const { code, stdout, stderr } = await run(['--conll', path.join(workDir, 'sample.conll'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ conll: { per: prf, baseline: prf } });
  });

  it('--squad --json prints exactly the SQuAD object, counting every answerable question', async () => {
    const { code, stdout } = await run(['--squad', path.join(workDir, 'sample-squad.json'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ squad: { questions: 3, ...ranks, baseline: ranks } });
  });

  it('prints a table without --json', async () => {
    const { code, stdout } = await run(['--conll', path.join(workDir, 'sample.conll')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Metric\s+Byline\s+Baseline/);
    expect(stdout).toMatch(/F1\s+[\d.]+\s+[\d.]+\s+capitalised runs/);
  });

  it('reports a missing file in one line and exits 1', async () => {
    const { code, stdout, stderr } = await run(['--squad', path.join(workDir, 'absent.json'), '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('file not found');
  });

  it('reports malformed JSON in one line naming the file, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['--squad', path.join(workDir, 'broken.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('broken.json');
  });

  it('exits 1 on an unknown flag', async () => {
    const { code, stderr } = await run(['--fast']);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown argument "--fast"');
  });
});

describe('npm run eval on the shared corpora', () => {
  it('skips in one line when the shared directory is absent', async () => {
    const { code, stdout, stderr } = await run([], { SHARED_DIR: path.join(workDir, 'no-such-dir') });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toContain('skipped');
  });

  it('keeps stdout valid JSON when skipping with --json', async () => {
    const { code, stdout } = await run(['--json'], { SHARED_DIR: path.join(workDir, 'no-such-dir') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({});
  });

  it.skipIf(!existsSync(sharedDir))('runs every evaluation into one JSON object', async () => {
    const { code, stdout } = await run(['--json'], { SHARED_DIR: sharedDir });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['conll', 'gold', 'parsing', 'qa', 'summaries']);
    expect(report.conll).toEqual({ per: prf, baseline: prf });
    expect(report.summaries.highlights.byline.rouge1).toBeGreaterThan(0);
    expect(existsSync(path.join(repoRoot, 'eval', 'report.json'))).toBe(true);
  }, 60_000);
});
