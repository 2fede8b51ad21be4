/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 in the simple form used across Byline's measurements:
 * lowercase alphanumeric tokens, no stemming, no stop-word removal, clipped n-gram counts,
 * and ROUGE-L as the longest common subsequence of the whole candidate and reference texts.
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/** Lowercase runs of letters and digits (Unicode-aware, so accented words stay whole). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nGramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

/** F1 of n-gram overlap; each n-gram counts at most as often as it occurs in the reference. */
export function rougeN(candidate: string[], reference: string[], n: number): number {
  const candidateCounts = nGramCounts(candidate, n);
  const referenceCounts = nGramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateCounts) {
    overlap += Math.min(count, referenceCounts.get(gram) ?? 0);
  }
  return f1(overlap, Math.max(candidate.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const tokenA of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = tokenA === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function rougeL(candidate: string[], reference: string[]): number {
  return f1(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** All three F1 scores of a candidate summary against one reference (both as plain text). */
export function rouge(candidateText: string, referenceText: string): RougeScores {
  const candidate = rougeTokens(candidateText);
  const reference = rougeTokens(referenceText);
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: rougeL(candidate, reference),
  };
}
