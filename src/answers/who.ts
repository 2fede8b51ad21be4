import type { PreparedArticle } from '../core/prepared.js';
import { articleWordsOf, matchPerson, matchRole, nameTokens, ROLE_FIT_WEIGHT } from '../nlp/people-match.js';
import type { Attribution, Person } from '../nlp/types.js';
import { honorific, isTitleWord } from '../nlp/gazetteer.js';
import { citeParagraphAt, citeWith } from './citation.js';
import { isSaidBy, isUnnamedSpeaker, unnamedSpeakerMatches } from './unnamed-speakers.js';
import { withoutTitle } from './person-asked.js';
import { bylineWriterNamed, photographerNamed } from './about-article.js';
import type { NotFoundAnswer, Quote, WhoAnswer } from './types.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { reviewSubject } from './review-facts.js';

const CHOICE_LIMIT = 100;
/** Below this a name match is a guess, not an answer. */
const MIN_NAME_SCORE = 0.65;
const TYPO_MATCH = 0.7;
const SUGGESTION_COUNT = 10;

interface Match {
  prepared: PreparedArticle;
  person: Person;
  score: number;
}


function paragraphText(prepared: PreparedArticle, paragraph: number): string {
  return prepared.article.paragraphs.find((candidate) => candidate.number === paragraph)?.text ?? '';
}

/** [start, end) of every occurrence of the person's name, aliases or name parts in a paragraph. */
function nameHighlights(text: string, person: Person): Array<[number, number]> {
  const forms = [person.name, ...person.aliases, ...person.name.split(/\s+/).filter((part) => part.length > 2)];
  const escaped = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match): [number, number] => [match.index, match.index + match[0].length]);
}

// "must stop outsourcing its security.", "was unavoidable.": a quoted fragment that does not start a sentence.
const FRAGMENT = /^[\s"“‘']*\p{Ll}/u;

function saidQuote(prepared: PreparedArticle, person: Person, attribution: Attribution): Quote {
  // A fragment alone loses its subject: the whole sentence holding it is quoted instead, verbatim all the same.
  const sentence = FRAGMENT.test(attribution.quote) ? prepared.sentences.find((candidate) => candidate.id === attribution.sentence) : undefined;
  const citation = citeWith(prepared, attribution.paragraph, attribution.speaker ?? person.name, attribution.outlet);
  return {
    text: sentence?.text ?? attribution.quote,
    highlights: [],
    // "according to NASA" reads so, not "said by NASA".
    citation: attribution.kind === 'according-to' && attribution.speakerId === null ? { ...citation, speakerIsSource: true } : citation,
    paragraphText: paragraphText(prepared, attribution.paragraph),
  };
}

/** '"We expect …," she said, "but …"': the sentence quoted for the second fragment holds the first; quoted once. */
function withoutRepeats(quotes: readonly Quote[]): Quote[] {
  return quotes.filter(
    (quote, index) =>
      !quotes.some((other, at) => at !== index && other.citation.paragraph === quote.citation.paragraph && other.text.includes(quote.text) && (other.text !== quote.text || at < index)),
  );
}

function mentionQuote(prepared: PreparedArticle, person: Person, paragraph: number): Quote {
  const text = paragraphText(prepared, paragraph);
  const highlights = nameHighlights(text, person);
  return { text, highlights, citation: citeParagraphAt(prepared, paragraph, highlights[0]?.[0] ?? 0), paragraphText: text };
}

/** An autocomplete value: `${articleId}:${personId}`. */
function resolveChoiceValue(articles: PreparedArticle[], value: string): Match | null {
  for (const prepared of articles) {
    if (!value.startsWith(`${prepared.article.id}:`)) continue;
    const person = prepared.people.find((candidate) => candidate.id === value.slice(prepared.article.id.length + 1));
    if (person) return { prepared, person, score: 1 };
  }
  return null;
}

/** A name match at least this good, with the title typed before the person's full name in the article, wins. */
const TITLED_NAME_SCORE = 0.9;

function byScoreThenMentions(a: Match, b: Match): number {
  return b.score - a.score || b.person.mentionCount - a.person.mentionCount;
}

function nameMatches(articles: PreparedArticle[], query: string, typed = query): Match[] {
  const titledFull = (match: Match): boolean => match.score >= TITLED_NAME_SCORE && titledSo(match.prepared, match.person, typed) === 2;
  return articles
    .flatMap((prepared) => prepared.people.map((person) => ({ prepared, person, score: matchPerson(query, person) })))
    .filter((match) => match.score >= MIN_NAME_SCORE)
    .sort(
      (a, b) =>
        // "Senator Holt" is the Holt the article calls "Senator", not the one it calls plain "Holt".
        Number(titledFull(b)) - Number(titledFull(a)) ||
        b.score - a.score ||
        Number(calledSo(b.person, query)) - Number(calledSo(a.person, query)) ||
        titledSo(b.prepared, b.person, typed) - titledSo(a.prepared, a.person, typed) ||
        b.person.mentionCount - a.person.mentionCount,
    );
}

/**
 * "Dr. Mbeki" of the Mbeki the article calls "Dr.", not the police commissioner of that surname: 2 when the title
 * stands before their full name, 1 before another of their names, else 0.
 */
function titledSo(prepared: PreparedArticle, person: Person, query: string): number {
  const title = /^(\p{L}+\.?)\s+\S/u.exec(query.trim())?.[1];
  if (!title || (!isTitleWord(title) && honorific(title) === undefined)) return 0;
  const titled = (forms: string[]): RegExp => new RegExp(`(?<![\\p{L}])${escapeRegExp(title).replace(/\\\.$/, '\\.?')}\\s+(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
  const says = (pattern: RegExp): boolean => prepared.article.paragraphs.some((paragraph) => pattern.test(paragraph.text));
  return says(titled([person.name])) ? 2 : person.aliases.length > 0 && says(titled(person.aliases)) ? 1 : 0;
}

/** Whether the article calls them by exactly this name ("Whitmore said" for the superintendent, not the parent of that surname). */
const calledSo = (person: Person, query: string): boolean => person.aliases.some((alias) => alias.toLowerCase() === query.trim().toLowerCase());

/** "foreign minister", "the mayor", "France's top diplomat": people whose roles hold every word typed (by stem). */
function roleMatches(articles: PreparedArticle[], query: string, loose = false): Match[] {
  return articles
    .flatMap((prepared) => prepared.people.map((person) => ({ prepared, person, score: matchRole(query, person, articleWordsOf(prepared.vocabulary), loose) })))
    .filter((match) => match.score > 0)
    .sort(byScoreThenMentions);
}

function notMentioned(articles: PreparedArticle[], query: string): NotFoundAnswer {
  const titles = articles.map((prepared) => `“${prepared.article.title}”`);
  const where = titles.length === 0 ? 'any loaded article' : titles.length === 1 ? titles[0] : 'the loaded articles';
  const suggestions = articles
    .flatMap((prepared) => prepared.people)
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .map((person) => person.name);
  // "Civic Forum" may well be in the text, as a party or a place rather than a person: say which is true.
  const inText = articles.some((prepared) => prepared.index.findParagraphs(query).length > 0);
  return {
    kind: 'not-found',
    command: 'who',
    query,
    message: inText ? `No person called “${query}” is named in ${where}; /quote term:${query} finds where it appears.` : `“${query}” is not mentioned in ${where}.`,
    suggestions: [...new Set(suggestions)].slice(0, SUGGESTION_COUNT),
  };
}

/**
 * "/who Horizon" of an airline quoted as "Horizon Air said": a body quoted under a proper name holding every word
 * typed, before a person whose role names it ("Horizon spokesman Tom Reyes").
 */
function bodiesNamed(articles: PreparedArticle[], query: string): Match[] {
  const typed = nameTokens(query.replace(/^the\s+/i, ''));
  if (typed.length === 0) return [];
  const properWords = (description: string): string[] => description.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).flatMap(nameTokens);
  return unnamedSpeakerMatches(articles, query).filter(({ person }) =>
    person.roles.some((description) => typed.every((token) => properWords(description).includes(token))),
  );
}

/** Whether the words typed are, in every role of theirs that holds them, a proper name their role is of ("NASA's mission manager"). */
function namesOnlyTheirBody(person: Person, query: string): boolean {
  const typed = nameTokens(query.replace(/^the\s+/i, ''));
  // "the Crestview chief executive": a role typed in lower case after the name is asked for, not only the body.
  const words = query.replace(/^the\s+/i, '').split(/\s+/);
  if (typed.length === 0 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const holding = person.roles.filter((role) => typed.every((token) => nameTokens(role).includes(token)));
  const properWords = (role: string): string[] => role.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).flatMap(nameTokens);
  return holding.length > 0 && holding.every((role) => typed.every((token) => properWords(role).includes(token)));
}

function peopleOf(articles: PreparedArticle[], query: string, roles: Match[]): NotFoundAnswer {
  const where = articles.length === 1 ? `“${articles[0]!.article.title}”` : 'the loaded articles';
  const people = [...new Map(roles.map((match) => [match.person.name, match.person])).values()].slice(0, SUGGESTION_COUNT);
  const described = people.map((person) => {
    const role = person.roles.find((candidate) => nameTokens(candidate).some((token) => nameTokens(query).includes(token)));
    return role ? `${person.name} (${role})` : person.name;
  });
  return {
    kind: 'not-found',
    command: 'who',
    query,
    message: `“${query}” is not a person named in ${where}. Of ${query}, it names ${described.join(', ')}; /quote term:${query} finds where it appears.`,
    suggestions: people.map((person) => person.name),
  };
}

const WRITER_ROLE = /^(?:the\s+)?(?:author|writer|reporter|journalist|correspondent|critic|reviewer|columnist)$/i;

/** "/who the tennis correspondent" when the byline gives that job: every word typed is in it. */
function asksForBylineJob(query: string, authorTitle: string | null | undefined): boolean {
  const job = (authorTitle ?? '').toLowerCase().split(/\s+/);
  const words = query.toLowerCase().replace(/^the\s+/, '').split(/\s+/).filter(Boolean);
  // The job's own noun ends what is typed: "health" alone is not the "Health Reporter".
  return words.length > 0 && words.at(-1) === job.at(-1) && words.every((word) => job.includes(word));
}

/** "/who Rachel Okonjo" of the writer of the byline, or of the photographer of the picture, whom the story never names. */
function bylineWriter(articles: PreparedArticle[], query: string): WhoAnswer | null {
  // "/who the critic" of a review, "/who the reporter": the byline, when no one in the story is one.
  const asksForWriter = WRITER_ROLE.test(query.trim());
  for (const { article } of articles) {
    const asksForJob = asksForWriter || asksForBylineJob(query.trim(), article.authorTitle);
    const writer = asksForJob && article.author ? article.author : bylineWriterNamed(article.author, query);
    const role = [article.authorTitle, 'wrote this article (the byline)'].filter((part): part is string => Boolean(part));
    if (writer) return outsideTheStory(article, query, `byline:${article.id}`, writer, role);
  }
  for (const { article } of articles) {
    const photographer = photographerNamed(article.photoCredit, query);
    if (photographer) return outsideTheStory(article, query, `photo:${article.id}`, photographer, [`took the photo (credit: ${article.photoCredit})`]);
  }
  return null;
}

/** Someone the article credits but whose story it does not tell: a name and what they did for the article. */
function outsideTheStory(article: PreparedArticle['article'], query: string, personId: string, name: string, roles: string[]): WhoAnswer {
  return {
    kind: 'who',
    query,
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    personId,
    name,
    aliases: [],
    roles,
    said: [],
    mentions: [],
    ambiguousWith: [],
  };
}

/**
 * Who a person is in the articles: the best match for a typed name (partial, lower-case, accent-less,
 * transliterated or misspelled), an autocomplete value, or failing those a role ("foreign minister").
 * Returns their roles, what they said and every paragraph that mentions them, each cited.
 */
export function answerWho(articles: PreparedArticle[], name: string): WhoAnswer | NotFoundAnswer {
  // "Chen Guoliang's": the person, not a possession.
  const query = name.trim().replace(/(?<=\p{L})['’]s$/u, '');
  const chosen = resolveChoiceValue(articles, query);
  // "Commander Almeida": the name after a title the article may not write beside it.
  const byName = chosen ? [chosen] : nameMatches(articles, query);
  const matches = byName.length > 0 || withoutTitle(query) === query ? byName : nameMatches(articles, withoutTitle(query), query);
  const named = matches.length > 0 ? matches : bodiesNamed(articles, query);
  const roles = named.length > 0 ? named : roleMatches(articles, query);
  // "/who NASA" when only "NASA's mission manager" holds the word: NASA is no person, and these are its people.
  if (named.length === 0 && roles.length > 0 && roles.every((match) => namesOnlyTheirBody(match.person, query))) return peopleOf(articles, query, roles);
  // Then the sources quoted without a name ("the doctor" for "A doctor on the scene told Ruptly …"); last, a role
  // noun whose qualifiers the article words differently ("the studio executive" for "the studio's head of sales").
  const unnamed = roles.length > 0 ? roles : unnamedSpeakerMatches(articles, query);
  const loose = unnamed.length > 0 ? unnamed : roleMatches(articles, query, true);
  // "the sculptor" of a review that never says the word: the one it is about.
  const subject = loose.length === 0 ? reviewSubject(articles, query) : null;
  const candidates = subject ? [{ ...subject, score: 0 }] : loose;
  const best = candidates[0];
  if (!best) return bylineWriter(articles, query) ?? notMentioned(articles, query);

  const { prepared, person } = best;
  // When every word typed matched only as a typo (0.7 each), the name is a guess ("Obama" → Osama); one word
  // matching as typed or as a spelling variant ("Vladmir Putin") makes it the person meant.
  const closestSpelling = !chosen && matches.length > 0 && best.score <= TYPO_MATCH;
  const ambiguousWith = chosen
    ? []
    : candidates
        // Within how well a role's words fit those typed: another "spokesperson" is named beside the one chosen.
        .filter((match) => match !== best && match.prepared === prepared && best.score - match.score <= ROLE_FIT_WEIGHT)
        .map((match) => match.person.name);
  // "X declined to comment" is no words of theirs: that paragraph is among the mentions.
  const saidBy = prepared.attributions.filter((attribution) => attribution.kind !== 'no-comment' && isSaidBy(attribution, person));
  // A paragraph where they speak only as "he added" or a running quote mentions them too.
  const mentioned = [...new Set([...person.paragraphs, ...saidBy.map((attribution) => attribution.paragraph)])].sort((a, b) => a - b);
  return {
    kind: 'who',
    query,
    articleId: prepared.article.id,
    articleTitle: prepared.article.title,
    publisher: prepared.article.publisher,
    personId: person.id,
    name: person.name,
    // An unnamed speaker's roles are its descriptions: the other ones are what else the article calls it.
    aliases: isUnnamedSpeaker(person) ? person.roles.filter((role) => role !== person.name) : person.aliases,
    roles: isUnnamedSpeaker(person) ? [] : person.roles,
    said: withoutRepeats(saidBy.map((attribution) => saidQuote(prepared, person, attribution))),
    mentions: mentioned.map((paragraph) => mentionQuote(prepared, person, paragraph)),
    ambiguousWith,
    ...(closestSpelling && { closestSpelling: true as const }),
  };
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))}…`;
}

/** 0 when the full name starts with the prefix, 1 when a name part does, 2 when it matches loosely, null otherwise. */
function prefixRank(person: Person, prefix: string): number | null {
  const typed = nameTokens(prefix).join(' ');
  if (typed === '') return 0;
  if (nameTokens(person.name).join(' ').startsWith(typed)) return 0;
  const parts = [person.name, ...person.aliases].flatMap(nameTokens);
  if (parts.some((part) => part.startsWith(typed))) return 1;
  return matchPerson(prefix, person) >= MIN_NAME_SCORE ? 2 : null;
}

/**
 * Autocomplete for /who: the people of the articles whose name starts with (or loosely matches) what was
 * typed, ranked by that, then by how often they are mentioned. `name` shows the name and first role.
 */
export function suggestPeople(articles: PreparedArticle[], prefix: string, limit = 25): Array<{ name: string; value: string }> {
  const ranked = articles.flatMap((prepared) =>
    prepared.people.flatMap((person) => {
      const rank = prefixRank(person, prefix);
      return rank === null ? [] : [{ prepared, person, rank }];
    }),
  );
  ranked.sort((a, b) => a.rank - b.rank || b.person.mentionCount - a.person.mentionCount);
  return ranked.slice(0, limit).map(({ prepared, person }) => {
    const role = person.roles[0];
    const value = `${prepared.article.id}:${person.id}`;
    return {
      name: truncate(role ? `${person.name} — ${role}` : person.name, CHOICE_LIMIT),
      value: value.length <= CHOICE_LIMIT ? value : truncate(person.name, CHOICE_LIMIT),
    };
  });
}
