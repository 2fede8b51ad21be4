/** What kind of answer a question asks for, read from its wording. */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'reason' | 'entity' | 'other';

const PATTERNS: Array<[AnswerType, RegExp]> = [
  ['entity', /@placeholder/i],
  ['number', /\bhow (?:many|much|long|old|far|big|large|often|tall|high)\b|\bwhat (?:is |was |were )?the (?:number|amount|total|percentage|cost|price|size|age)\b|\b(?:what|which) (?:percentage|percent|proportion|fraction|amount|number|population|temperature|rate|price|cost)\b/i],
  ['date', /\bwhen\b|\b(?:what|which) (?:year|month|day|date|time|decade|century)\b/i],
  ['reason', /\bwhy\b|\bwhat (?:caused|led to|is the reason|was the reason)\b|\bfor what reason\b/i],
  ['place', /\bwhere\b|\b(?:what|which|in what) (?:country|countries|city|cities|place|town|region|state|province|port|airport|capital)\b/i],
  ['person', /\bwho(?:m|se)?\b|\b(?:what|which) (?:person|man|woman|official|leader|minister|spokesman|spokeswoman|professor|president)\b/i],
];

export function detectAnswerType(question: string): AnswerType {
  return PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? 'other';
}
