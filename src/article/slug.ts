const MAX_SLUG_LENGTH = 60;

// Letters that Unicode decomposition does not split into a base letter and an accent.
const UNDECOMPOSABLE: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};

/**
 * A URL- and id-safe form of a title: lowercase ASCII letters and digits joined by hyphens,
 * accents folded, at most 60 characters, cut at a word boundary.
 * Returns "article" when nothing of the title survives (a title with no Latin letters).
 *
 * @example slugify("France's top diplomat: Café talks") // "frances-top-diplomat-cafe-talks"
 */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length === 0) return 'article';
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBoundary = cut.lastIndexOf('-');
  return lastBoundary > 0 ? cut.slice(0, lastBoundary) : slug.slice(0, MAX_SLUG_LENGTH);
}
