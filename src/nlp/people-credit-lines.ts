// Wire stories end with their staff credits: "(Additional reporting by X and Y; Editing by Z)",
// "Reporting by X in Paris; Writing by Y", "Compiled by X". They open a paragraph or a bracket.
const CREDIT_LINE_START =
  /(?:^|[([])\s*(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|compiled|compilation|research|reported|written|edited|produced)\s+by\b/i;
const MAX_CREDIT_LENGTH = 600;

/**
 * The paragraph with its staff-credit line blanked out (same length, so offsets still hold): the
 * reporters and editors it names are not people in the story.
 */
export function withoutCreditLine(paragraph: string): string {
  const match = CREDIT_LINE_START.exec(paragraph);
  if (!match || paragraph.length - match.index > MAX_CREDIT_LENGTH) return paragraph;
  return paragraph.slice(0, match.index) + ' '.repeat(paragraph.length - match.index);
}
