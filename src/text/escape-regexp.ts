/** Text matched literally inside a regular expression ("U.S." matches "U.S.", not "UxSy"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
