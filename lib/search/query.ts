import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1000;

/** `?q=a&q=b` arrives as an array; the first value counts, as in a browser's form submission. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const searchParamsSchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .trim()
      .max(MAX_QUERY_LENGTH, `Use at most ${MAX_QUERY_LENGTH} characters: shorten your search to its key words.`)
      .default(""),
  ),
  page: z.preprocess(
    first,
    z
      .string()
      .regex(/^\d+$/, "The page must be a whole number such as 2.")
      .transform(Number)
      .pipe(z.number().min(1, "Pages start at 1.").max(MAX_PAGE, `There are never more than ${MAX_PAGE} pages.`))
      .default(1),
  ),
});

export type SearchParams = Record<string, string | string[] | undefined>;

export type ParsedSearch =
  | { ok: true; query: string; page: number }
  | { ok: false; query: string; errors: { q?: string[]; page?: string[] } };

/** Validates /search's query string; on failure keeps what was typed so the form can show it again. */
export function parseSearchParams(params: SearchParams): ParsedSearch {
  const result = searchParamsSchema.safeParse(params);
  if (result.success) return { ok: true, query: result.data.q, page: result.data.page };
  const errors: { q?: string[]; page?: string[] } = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] === "page" ? "page" : "q";
    (errors[key] ??= []).push(issue.message);
  }
  const typed = first(params.q);
  return { ok: false, query: typeof typed === "string" ? typed.trim() : "", errors };
}
