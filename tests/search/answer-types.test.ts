import { describe, expect, it } from 'vitest';
import { detectAnswerType } from '../../src/search/answer-type.js';
import { sentenceFeatures } from '../../src/search/sentence-features.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { scanTokens, termsOfTokens } from '../../src/search/tokens.js';

function candidates(text: string): Map<string, string[]> {
  const tokens = scanTokens(text);
  const features = sentenceFeatures(text, tokens, termsOfTokens(tokens), false);
  return new Map([...features.candidates].map(([type, values]) => [type, [...values].sort()]));
}

describe('sums of money in a sentence', () => {
  it('reads a currency after the figure, its magnitude and a nationality, and no word that only follows a number', () => {
    expect(candidates('The budget is 412 billion crowns.').get('money')).toContain('412');
    expect(candidates('It earns her 3.5 million Australian dollars.').get('money')).toContain('35');
    expect(candidates('The stops in that fourth quarter won us a title.').get('money')).toEqual([]);
    expect(candidates('Ruiz scored 29, and pounds of confetti fell.').get('money')).toEqual([]);
  });
});

describe('answer types', () => {
  it('tell narrow kinds of numbers and dates from the broad ones', () => {
    expect(detectAnswerType('What percentage of the land is farmed?')).toBe('percent');
    expect(detectAnswerType('How much did the council pay for the bridge?')).toBe('money');
    expect(detectAnswerType('How much damage did the cyclone cause?')).toBe('money');
    expect(detectAnswerType('How long did the strike last?')).toBe('duration');
    expect(detectAnswerType('For how many years was she mayor?')).toBe('duration');
    expect(detectAnswerType('How long ago was the dam built?')).toBe('date');
    expect(detectAnswerType('How many ferries cross each day?')).toBe('number');
    expect(detectAnswerType('How deep can the satellite see?')).toBe('number');
    expect(detectAnswerType("What is Tanabe's approval rating?")).toBe('number');
    expect(detectAnswerType('What was the final score?')).toBe('number');
    expect(detectAnswerType('What was the vote count?')).toBe('number');
    expect(detectAnswerType("What was Acme's revenue in the quarter?")).toBe('money');
    expect(detectAnswerType('How much did the film make this weekend?')).toBe('money');
    expect(detectAnswerType('In which year did the museum open?')).toBe('year');
    expect(detectAnswerType('When did the museum open?')).toBe('date');
    expect(detectAnswerType('What is the new hourly rate?')).toBe('money');
    expect(detectAnswerType('What was the haul worth?')).toBe('money');
    expect(detectAnswerType('What is the ransom in dollars?')).toBe('money');
    expect(detectAnswerType('What was the speed of the train?')).toBe('number');
    expect(detectAnswerType('What was the winning time?')).toBe('duration');
    expect(detectAnswerType('What time did the market open?')).toBe('date');
  });

  it('take no age beside a name for a count', () => {
    expect(candidates('Another evacuee, Marcus Bell, 34, said 4,000 people fled.').get('number')).not.toContain('34');
    expect(candidates('The team scored 34, then 12.').get('number')).toContain('34');
  });

  it('find the matching candidates in a sentence', () => {
    const found = candidates('The strike lasted nine months, cost the firm $4.5 million and cut output by 12% in 1998.');
    expect(found.get('duration')).toEqual(['nine']);
    expect(found.get('money')).toEqual(['45']);
    expect(found.get('percent')).toEqual(['12']);
    expect(found.get('year')).toEqual(['1998']);
    expect(found.get('number')).toEqual(['12', '1998', '45', 'million', 'nine']);
  });

  it('see no duration, money or share where the numbers are plain counts', () => {
    const found = candidates('Seven ferries and 40 buses left the harbour.');
    expect(found.get('duration')).toEqual([]);
    expect(found.get('money')).toEqual([]);
    expect(found.get('percent')).toEqual([]);
    expect(found.get('number')).toEqual(['40', 'seven']);
  });

  it('read what "how many" counts, and what a sentence counts', () => {
    expect(analyzeQuestion('How many counties joined the pact?').counted).toBe('counti');
    expect(analyzeQuestion('Who signed the pact?').counted).toBeNull();
    const text = 'In 1900 the paper listed the seven counties of the region.';
    const tokens = scanTokens(text);
    expect(sentenceFeatures(text, tokens, termsOfTokens(tokens), false).counted.has('counti')).toBe(true);
  });
});
