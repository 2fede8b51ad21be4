import type { Answer, Quote, ReloadAnswer } from '../answers/types.js';
import { aboutLines } from './about.js';
import { displayDate, formatCitation, formatSource, otherArticlesNote } from './citation.js';

/** Quotes from more than one article name their article on each citation line. */
function quoteBlock(quote: Quote, showArticle: boolean): string {
  const source = showArticle ? ` · ${formatSource(quote.citation.articleTitle, quote.citation.publisher)}` : '';
  return `> ${quote.text}\n  (${formatCitation(quote.citation)}${source})`;
}

function quoteList(quotes: Quote[]): string[] {
  const articles = new Set(quotes.map((quote) => quote.citation.articleId));
  return quotes.map((quote) => quoteBlock(quote, articles.size > 1));
}

function footer(quotes: Quote[]): string[] {
  const first = quotes[0]?.citation;
  if (!first || quotes.some((quote) => quote.citation.articleId !== first.articleId)) return [];
  return [`— ${formatSource(first.articleTitle, first.publisher)}`];
}

function reloadLines(answer: ReloadAnswer): string[] {
  const { before, after } = answer;
  const lines = [
    answer.ok ? `Reloaded in ${Math.round(answer.durationMs)} ms.` : 'Reload failed; the articles already loaded are still served.',
    `Articles ${before.articles} → ${after.articles}, paragraphs ${before.paragraphs} → ${after.paragraphs}, people ${before.people} → ${after.people}.`,
  ];
  if (answer.added.length) lines.push(`Added: ${answer.added.join('; ')}`);
  if (answer.changed.length) lines.push(`Changed: ${answer.changed.join('; ')}`);
  if (answer.removed.length) lines.push(`Removed: ${answer.removed.join('; ')}`);
  if (!answer.added.length && !answer.changed.length && !answer.removed.length) lines.push('No article changed.');
  for (const { file, reason } of answer.skipped) lines.push(`Skipped ${file}: ${reason}`);
  return lines;
}

/** Renders an answer as the plain text a console user reads: quotes verbatim, each with its citation. */
export function renderText(answer: Answer): string {
  switch (answer.kind) {
    case 'summary':
      return [
        `Summary of "${formatSource(answer.articleTitle, answer.publisher)}"`,
        ...(answer.otherArticles ? [otherArticlesNote(answer.otherArticles)] : []),
        ...(answer.dek ? [answer.dek] : []),
        ...quoteList(answer.quotes),
      ].join('\n');
    case 'who': {
      const lines = answer.closestSpelling ? [`No one called “${answer.query}” is mentioned; the closest name is:`] : [];
      lines.push(`${answer.name}${answer.roles.length ? ` — ${answer.roles.join('; ')}` : ''}`);
      if (answer.aliases.length) lines.push(`Also called: ${answer.aliases.join(', ')}`);
      if (answer.ambiguousWith.length) lines.push(`Not to be confused with: ${answer.ambiguousWith.join(', ')}`);
      lines.push(answer.said.length ? 'What they said:' : 'The article quotes nothing they said.');
      lines.push(...quoteList(answer.said));
      if (answer.mentions.length) {
        // Every paragraph is named; only those not already quoted under "What they said" are quoted again.
        const quoted = new Set(answer.said.map((quote) => quote.citation.paragraph));
        const others = answer.mentions.filter((quote) => !quoted.has(quote.citation.paragraph));
        lines.push(`Mentioned in ${answer.mentions.map((quote) => `¶${quote.citation.paragraph}`).join(', ')}${others.length ? ':' : '.'}`);
        lines.push(...quoteList(others));
      }
      lines.push(`— ${formatSource(answer.articleTitle, answer.publisher)}`);
      return lines.join('\n');
    }
    case 'quote':
      return [
        `"${answer.term}" appears in ${answer.total} paragraph${answer.total === 1 ? '' : 's'}:`,
        ...quoteList(answer.quotes),
        ...footer(answer.quotes),
      ].join('\n');
    case 'ask':
      return [`Q: ${answer.question}`, ...quoteList(answer.quotes), ...footer(answer.quotes)].join('\n');
    case 'about':
      return [`Q: ${answer.question}`, ...aboutLines(answer).flatMap(({ fact, source }) => [fact, `— ${source}`])].join('\n');
    case 'not-found':
      return [
        answer.message,
        ...(answer.suggestions.length ? [`Try: ${answer.suggestions.join(', ')}`] : []),
      ].join('\n');
    case 'reload':
      return reloadLines(answer).join('\n');
    case 'help':
      return [
        'Byline answers questions about the loaded articles with verbatim, cited quotes.',
        ...answer.commands.map((command) => `${command.usage} — ${command.description} (e.g. ${command.example})`),
      ].join('\n');
    case 'articles':
      return answer.articles.length === 0
        ? 'No articles are loaded.'
        : answer.articles
            .map((article) => {
              const details = [article.publisher, displayDate(article.published), `${article.paragraphs} paragraphs`].filter(Boolean);
              return `${article.title} (${details.join(', ')}) [${article.id}]`;
            })
            .join('\n');
    case 'confirm':
      return [
        answer.prompt,
        `${formatSource(answer.article.title, answer.article.publisher)} (${answer.article.paragraphs} paragraphs)`,
        `> ${answer.article.firstParagraph}`,
      ].join('\n');
    case 'notice':
      return answer.message;
    case 'error':
      return `Error: ${answer.message}`;
  }
}
