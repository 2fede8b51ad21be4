/** What kind of answer a question asks for, read from its wording. */
export type AnswerType = 'number' | 'percent' | 'money' | 'duration' | 'date' | 'year' | 'person' | 'place' | 'reason' | 'entity' | 'other';

/** The broader kind a narrow one also is: a sentence with any number partly answers "how long", any date "what year". */
export const BROADER_TYPE: Partial<Record<AnswerType, AnswerType>> = { percent: 'number', money: 'number', duration: 'number', year: 'date' };

const TIME_UNITS = 'seconds|minutes|hours|days|weeks|months|years|decades|centuries';

// The first pattern that matches decides, so narrow kinds come before the broad ones they belong to.
const PATTERNS: Array<[AnswerType, RegExp]> = [
  ['entity', /@placeholder/i],
  ['percent', /\bper ?cent(?:age)?\b|\b(?:what|which) (?:share|proportion|fraction)\b/i],
  [
    'money',
    /\bhow much (?:money|cash|funding|damage|aid|compensation|ransom|debt)\b|\bhow much\b.*\b(?:cost|costs|pay|paid|spend|spent|earn|earned|worth|bid|raise|raised|charge|sell|sold|invest|invested|fund|funded|lose|lost|make|made|gross|grossed|generate|generated|collect|collected)\b|\bwhat (?:is |was |were )?the (?:cost|price|budget|revenue|fee|salary|fine)\b|\bwhat (?:is|was|were|are)\b[^?]*\b(?:revenues?|profits?|net income|earnings|salary|wages?|price|cost|budget|valuation|fares?|fees?|value|worth|ransom|bail|bonus|compensation|refund|reward|prize money|(?:hourly|minimum) rate)\b|\bin (?:dollars|euros|pounds|yen)\b|\bhow many (?:dollars|euros|pounds|yen)\b/i,
  ],
  ['duration', new RegExp(`\\bhow long\\b(?! ago)|\\bfor how many (?:${TIME_UNITS})\\b|\\bhow many (?:${TIME_UNITS})\\b`, 'i')],
  ['number', /\bhow (?:many|much|old|far|big|large|often|tall|high|deep|wide|heavy|fast|hot|cold|small|low)\b|\bwhat (?:is |was |were )?the (?:number|amount|total|size|age)\b|\b(?:what|which) (?:amount|number|population|temperature|rate)\b/i],
  // "What is Tanabe's approval rating?", "What was the final score?": a figure, named last.
  ['number', /\bwhat\b[^?]*\b(?:rating|ratings|score|toll|turnout|population|percentage|temperature|attendance|count|tally|margin|majority|speed|speed limit|distance|height|depth|weight|capacity)\b(?:\s+(?:of|on|in|at)\b[^?]*)?\s*\??\s*$/i],
  // "What was the winning time?": a time taken, not a time of day.
  ['duration', /\b(?:winning|finishing|record|lap|race) time\b/i],
  ['year', /\b(?:what|which) year\b/i],
  ['date', /\bwhen\b|\bhow long ago\b|\b(?:what|which) (?:month|day|date|time|decade|century)\b/i],
  ['reason', /\bwhy\b|\bwhat (?:caused|led to|is the reason|was the reason)\b|\bfor what reason\b/i],
  ['place', /\bwhere\b|\b(?:what|which|in what) (?:country|countries|city|cities|place|town|region|state|province|port|airport|capital)\b/i],
  ['person', /\bwho(?:m|se)?\b|\b(?:what|which) (?:person|man|woman|official|leader|minister|spokesman|spokeswoman|professor|president)\b/i],
];

export function detectAnswerType(question: string): AnswerType {
  return PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? 'other';
}
