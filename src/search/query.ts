import { type AnswerType, detectAnswerType } from './answer-type.js';
import { findConcepts, scanTokens, type Token } from './tokens.js';
import { stemWord } from './normalize.js';

/** One content word of a question (or one name of several words), with every form that counts as a match. */
export interface QueryTermGroup {
  forms: string[];
  /** The form searched with prefix matching when it is the question's last word. */
  primary: string;
  /** Written with a capital inside the question: a name, which weighs more for coverage. */
  isName: boolean;
  /** 1 for a word on its own; 1/n for each word of a name written as n capitalised words, so a long name counts once. */
  share: number;
}

export interface AnalyzedQuestion {
  groups: QueryTermGroup[];
  answerType: AnswerType;
  /** Every word of the question, folded (stop words and numbers too): an answer must bring something else. */
  words: ReadonlySet<string>;
  /** The stem of the noun right after "what"/"which" ("what year", "which kind of tree" → tree), if any. */
  focus: string | null;
  /** Numbers written in digits in the question, as indexed. */
  numbers: string[];
  /** The stem of what "how many" or "how much" counts ("how many counties" → county, "how much cash" → cash), if any. */
  counted: string | null;
  /** Names of two or more capitalised words, folded ("the Silver Lion" → silver, lion). */
  nameRuns: string[][];
  /** "Who was released?": the question asks who something was done to, not who did it. */
  passive: boolean;
  /** Full names of people the question names by one word the article uses for them alone ("Vellani" → marco, vellani). */
  aliasRuns?: string[][];
}

const WH_DETERMINER = new Set(['what', 'which']);
const KIND_WORDS = new Set(['kind', 'type', 'sort', 'form', 'part']);

function questionFocus(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((token) => WH_DETERMINER.has(token.folded));
  if (at < 0) return null;
  let next = at + 1;
  if (KIND_WORDS.has(tokens[next]?.folded ?? '') && tokens[next + 1]?.folded === 'of') next += 2;
  return tokens[next]?.stem || null;
}

function countedWord(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((token, i) => token.folded === 'how' && (tokens[i + 1]?.folded === 'many' || tokens[i + 1]?.folded === 'much'));
  if (at < 0) return null;
  return tokens.slice(at + 2, at + 4).find((token) => token.stem)?.stem ?? null;
}

/** Drops question and stop words, stems, and folds alias names into concepts, shared with indexing. */
export function analyzeQuestion(question: string): AnalyzedQuestion {
  // "What was the weather like?": "like" closing a "what … like" question asks for a description, and names nothing.
  const text = question.replace(/@placeholder/gi, ' ').replace(/^(\s*what\b.*?)\s+like(\s*\?*\s*)$/i, '$1$2');
  const tokens = scanTokens(text);
  const groups: Array<QueryTermGroup & { position: number }> = [];
  const grouped = new Set<number>();
  const isName = (token: Token, index: number): boolean => index > 0 && /^\p{Lu}/u.test(token.surface);

  for (const span of findConcepts(tokens)) {
    const words = tokens.slice(span.from, span.to);
    const stems = words.map((word) => word.stem).filter(Boolean);
    groups.push({
      forms: [...new Set([...stems, ...span.concepts])],
      primary: stems.at(-1) ?? span.concepts[0]!,
      isName: true,
      share: 1,
      position: span.from,
    });
    for (let i = span.from; i < span.to; i += 1) grouped.add(i);
  }
  const inNameRun = (token: Token, i: number): boolean => !grouped.has(i) && token.stem !== '' && isName(token, i);
  const runLength = nameRunLengths(tokens, inNameRun);
  tokens.forEach((token, i) => {
    if (grouped.has(i) || !token.stem) return;
    const forms = [token.stem];
    const previous = tokens[i - 1];
    if (token.hyphenated && previous?.stem) forms.push(stemWord(previous.folded + token.folded));
    groups.push({ forms, primary: token.stem, isName: isName(token, i), share: 1 / (runLength[i] ?? 1), position: i });
  });

  const seen = new Set<string>();
  const inQuestionOrder = groups.sort((a, b) => a.position - b.position).map(({ position: _, ...group }) => group);
  const distinct = inQuestionOrder.filter((group) => {
    const key = [...group.forms].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    groups: distinct,
    answerType: detectAnswerType(question),
    words: new Set(tokens.map((token) => token.folded)),
    focus: questionFocus(tokens),
    numbers: tokens.filter((token) => /^\d/.test(token.folded) && token.stem).map((token) => token.stem),
    counted: countedWord(tokens),
    nameRuns: nameRuns(tokens, runLength, inNameRun),
    passive: /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|lt|pt|nt)\b/u.test(text),
  };
}

function nameRuns(tokens: readonly Token[], runLength: readonly number[], inName: (token: Token, index: number) => boolean): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!inName(tokens[i]!, i) || (runLength[i] ?? 1) < 2 || (i > 0 && inName(tokens[i - 1]!, i - 1))) continue;
    runs.push(tokens.slice(i, i + runLength[i]!).map((token) => token.folded));
  }
  return runs;
}

/** For each token in a run of consecutive name words, the length of its run ("Notre Dame" → 2, 2). */
function nameRunLengths(tokens: readonly Token[], inName: (token: Token, index: number) => boolean): number[] {
  const lengths: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= tokens.length; i += 1) {
    if (i < tokens.length && inName(tokens[i]!, i)) continue;
    for (let j = runStart; j < i; j += 1) lengths[j] = i - runStart;
    runStart = i + 1;
  }
  return lengths;
}
