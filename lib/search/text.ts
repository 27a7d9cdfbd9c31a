/**
 * How text becomes search terms. Indexing, querying and snippet highlighting
 * all use these two functions, so a word is highlighted exactly when it is
 * the kind of word the index could have matched.
 */

/** Runs of letters and digits: "Kafka's" -> "Kafka", "s"; "p99" stays one token. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Common English words that carry no meaning in a query ("how does kafka work"). */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can do does for from has have how i if in into is it its of on or so such than that the their " +
    "then there these they this to was we were what when where which while who why will with you your"
  ).split(" "),
);

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Lower case without accents ("Zürich" -> "zurich"); null for stop words and single letters. */
export function normalizeTerm(token: string): string | null {
  const lower = token.toLowerCase();
  // Most tokens are ASCII; only the others need their accents stripped.
  const term = /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFKD").replace(/\p{M}/gu, "");
  if (term.length < 2 && !/\d/.test(term)) return null;
  return STOP_WORDS.has(term) ? null : term;
}

/** A token's position in `text`, for highlighting. */
export type TokenSpan = { start: number; end: number; term: string | null };

export function tokenSpans(text: string): TokenSpan[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ start: m.index, end: m.index + m[0].length, term: normalizeTerm(m[0]) }));
}
