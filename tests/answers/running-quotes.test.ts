import { describe, expect, it } from 'vitest';
import { joinRunningQuotes } from '../../src/answers/running-quotes.js';
import type { Citation, Quote } from '../../src/answers/types.js';

const paragraph = '"We heard nothing. My children slept," said Ana Ruiz. The town was quiet. Shops reopened on Monday.';
const citation = (speaker: string | null): Citation => ({ articleId: 'a', articleTitle: 'T', publisher: null, paragraph: 3, section: null, speaker, outlet: null });
const quote = (text: string, speaker: string | null, highlights: Array<[number, number]> = []): Quote => ({ text, highlights, citation: citation(speaker), paragraphText: paragraph });

describe('joinRunningQuotes', () => {
  it('joins consecutive sentences of one paragraph with the same citation, verbatim, highlights moved with them', () => {
    const joined = joinRunningQuotes([quote('"We heard nothing.', 'Ana Ruiz'), quote('My children slept," said Ana Ruiz.', 'Ana Ruiz', [[0, 2]])]);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.text).toBe('"We heard nothing. My children slept," said Ana Ruiz.');
    expect(joined[0]!.highlights.map(([start, end]) => joined[0]!.text.slice(start, end))).toEqual(['My']);
  });

  it('keeps sentences apart when their sources differ or a sentence between them is left out', () => {
    expect(joinRunningQuotes([quote('My children slept," said Ana Ruiz.', 'Ana Ruiz'), quote('The town was quiet.', null)])).toHaveLength(2);
    expect(joinRunningQuotes([quote('"We heard nothing.', null), quote('The town was quiet.', null)])).toHaveLength(2);
    expect(joinRunningQuotes([quote('The town was quiet.', null), quote('Shops reopened on Monday.', null)])).toHaveLength(1);
  });
});
