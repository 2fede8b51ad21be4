import type { PreparedArticle } from '../core/prepared.js';
import { isRatingLine } from '../nlp/rating.js';
import type { Person, Sentence } from '../nlp/types.js';
import { textTerms } from '../search/tokens.js';

// "What are the weaknesses?", "Which songs are the weakest?", "What is wrong with the game?", "What doesn't work?"
const WEAKNESS_ASKED =
  /\b(?:weak|weaker|weakest|weakness(?:es)?|flaws?|flawed|shortcomings?|downsides?|drawbacks?|negatives?|criticisms?|faults?|wrong with|doesn['’]t work|does not work|didn['’]t work|falls? (?:flat|short)|disappoint\w*)\b/i;
// How a critic says something fails: "Not everything works.", "is weaker", "drags", "feels thinner than the rest".
const CRITICISM =
  /\b(?:not everything (?:works|lands|succeeds)|(?:is|are|was|were|feels?|seems?) (?:weaker|thinner|flatter|less \w+)|weak(?:er|est)?|drags?|dragged|falters?|stumbles?(?!\s+(?:on|upon|across|into|onto)\b)|misfires?|missteps?|flaws?|fiddly|overlong|too long|lets? (?:it|the \w+|them) down|(?:the|a) (?:problem|weakness|low point)|quibbles?|disappoint\w*|afterthought|falls? flat|(?:is|are|was|were|feels?) (?:slow|thin|timid|bland|clumsy|muddled|repetitive|underpowered|underwhelming|forgettable|tedious|uneven|overwritten|overcooked|plodding|less well served)|sags?|drifts?|lacks?|lacking|weak link)\b/i;
const WEAKNESS_WORDS = new RegExp(WEAKNESS_ASKED.source, 'gi');
// What a review is of, and the question's own words: they name nothing in particular.
const GENERIC_TERMS: ReadonlySet<string> = new Set(
  ['what', 'which', 'why', 'how', 'part', 'parts', 'thing', 'things', 'moment', 'moments', 'show', 'book', 'film', 'movie', 'album', 'record', 'game', 'production', 'exhibition', 'series', 'season', 'episode', 'play', 'novel', 'collection', 'concert', 'performance', 'special', 'restaurant', 'review', 'reviewer', 'critic', 'main', 'biggest', 'greatest', 'say', 'think', 'according'].flatMap(textTerms),
);
/** A criticism this short ("Not everything works.") is read on into the sentence after it. */
const SHORT_SENTENCE = 50;

/**
 * "What are the weaknesses of the show?" of a review: the first sentence that finds fault ("Not everything works. The
 * middle section … is weaker."). Ranking by words misses it, since the question's words are not the critic's. Null when
 * the question asks no such thing or no sentence finds fault.
 */
export function weaknessAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentences: Sentence[] } | null {
  if (!WEAKNESS_ASKED.test(question)) return null;
  // Only of a review (a rating line, or a headline calling it one): in news, "weak demand" is no critic's fault-finding.
  // "What was wrong with the first act?": the words that say what the fault is found with.
  const asked = textTerms(question.replace(WEAKNESS_WORDS, ' ')).filter((term) => !GENERIC_TERMS.has(term));
  for (const prepared of articles.filter(isReview)) {
    // The fault found with what the question names, else the first fault found.
    const covered = (sentence: Sentence): number => asked.filter((term) => textTerms(sentence.text).includes(term)).length;
    const sentence = prepared.sentences
      .filter((candidate) => CRITICISM.test(candidate.text))
      .reduce<Sentence | undefined>((best, candidate) => (best === undefined || covered(candidate) > covered(best) ? candidate : best), undefined);
    if (!sentence) continue;
    const next = prepared.sentences[sentence.id + 1];
    const readOn = sentence.text.length < SHORT_SENTENCE && next !== undefined && next.paragraph === sentence.paragraph;
    return { prepared, sentences: readOn ? [sentence, next] : [sentence] };
  }
  return null;
}

function isReview(prepared: PreparedArticle): boolean {
  return /\breview\b/i.test(prepared.article.title) || prepared.sentences.some((sentence) => isRatingLine(sentence.text));
}

// Who makes what a review is of: "the sculptor" of an exhibition review is its subject, if no one is called that.
const ARTIST =
  /^(?:artist|sculptor|painter|poet|novelist|author|writer|singer|songwriter|musician|rapper|comedian|comic|photographer|composer|playwright|choreographer|filmmaker|designer|chef|performer|star)$/i;

/**
 * "Who is the sculptor?" of a review that never uses the word: the person the review is about — the one it mentions
 * most, named in its headline or first paragraph (not its own writer). Null for any other question or article.
 */
export function reviewSubject(articles: readonly PreparedArticle[], asked: string): { prepared: PreparedArticle; person: Person } | null {
  const noun = /^\s*(?:the\s+)?([\p{L}-]+)\s*$/iu.exec(asked)?.[1];
  if (!noun || !ARTIST.test(noun)) return null;
  for (const prepared of articles.filter(isReview)) {
    const [subject] = prepared.people.filter((person) => person.name !== prepared.article.author).sort((a, b) => b.mentionCount - a.mentionCount);
    const first = prepared.article.paragraphs[0]?.number;
    const surname = subject?.name.split(/\s+/).at(-1) ?? '';
    if (subject && (prepared.article.title.includes(surname) || subject.paragraphs.includes(first ?? -1))) return { prepared, person: subject };
  }
  return null;
}
