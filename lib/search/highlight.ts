import { tokenSpans } from "./text";

/** Text to show, in order; `match` parts are rendered as <mark>. Never HTML: React escapes every part. */
export type Segment = { text: string; match: boolean };

export const SNIPPET_WORDS = 30;
const SENTENCE_REACH = 10;
const SENTENCE_END = /[.!?:]["')\]]?$/;

/**
 * Splits `text` into plain and matched parts; a token matches when its
 * normalized term is in `terms`. Matches separated only by spaces or hyphens
 * form one part, so "consistent hashing" reads as one highlighted phrase.
 */
export function markTerms(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of tokenSpans(text)) {
    if (span.term === null || !terms.has(span.term)) continue;
    const between = text.slice(at, span.start);
    const last = segments.at(-1);
    if (last?.match && /^[\s-]+$/.test(between)) {
      last.text += text.slice(at, span.end);
    } else {
      if (between) segments.push({ text: between, match: false });
      segments.push({ text: text.slice(span.start, span.end), match: true });
    }
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Text split into words once, with each word's search terms, so a snippet is a scan over arrays. */
export type PreparedText = { text: string; words: { start: number; end: number; terms: string[] }[] };

export function prepareText(raw: string): PreparedText {
  const text = raw.replace(/\s+/g, " ").trim();
  const words = Array.from(text.matchAll(/\S+/g), (m) => {
    const terms = tokenSpans(m[0]).flatMap((span) => span.term ?? []);
    return { start: m.index, end: m.index + m[0].length, terms };
  });
  return { text, words };
}

/**
 * The excerpt of about `size` words that holds the most distinct matched
 * terms (then the most matching words), centred on them, with "…" where it
 * cuts the text; null when no word matches.
 */
export function snippet({ text, words }: PreparedText, terms: ReadonlySet<string>, size = SNIPPET_WORDS): Segment[] | null {
  // Only the words that match matter; most of a long body is skipped without allocating.
  const hits: { at: number; terms: string[] }[] = [];
  words.forEach((word, at) => {
    if (word.terms.some((term) => terms.has(term))) hits.push({ at, terms: word.terms.filter((term) => terms.has(term)) });
  });
  if (hits.length === 0) return null;
  const width = Math.min(size, words.length);

  // Slide a window of `width` words over the matches, counting each term inside it.
  const counts = new Map<string, number>();
  const count = (hit: { terms: string[] }, delta: 1 | -1) => {
    for (const term of hit.terms) {
      const next = (counts.get(term) ?? 0) + delta;
      if (next === 0) counts.delete(term);
      else counts.set(term, next);
    }
  };
  let best = { score: 0, firstHit: 0, lastHit: 0 };
  for (let right = 0, left = 0; right < hits.length; right++) {
    count(hits[right]!, 1);
    while (hits[right]!.at - hits[left]!.at >= width) count(hits[left++]!, -1);
    const score = counts.size * (width + 1) + (right - left + 1);
    if (score > best.score) best = { score, firstHit: left, lastHit: right };
  }
  const first = hits[best.firstHit]!.at;
  const last = hits[best.lastHit]!.at;

  // Centre the window on its matches so they are read in context.
  let end = Math.min(words.length, Math.max(0, first - Math.floor((width - (last - first + 1)) / 2)) + width);
  let start = end - width;
  // Begin with the sentence holding the first match when it starts close enough for the matches to fit.
  for (let j = first; j >= Math.max(0, start - SENTENCE_REACH) && j + width > last; j--) {
    if (j === 0 || SENTENCE_END.test(text.slice(words[j - 1]!.start, words[j - 1]!.end))) {
      start = j;
      end = Math.min(words.length, j + width);
      break;
    }
  }

  const excerpt = text.slice(words[start]!.start, words[end - 1]!.end);
  return markTerms(`${start > 0 ? "… " : ""}${excerpt}${end < words.length ? " …" : ""}`, terms);
}
