import { z } from "zod";
import type { Study } from "./catalog";
import { CHALLENGES, DIFFICULTIES, DOMAINS, THEMES, TIME_INVESTMENTS } from "./schema";

/**
 * The catalog's filters, kept in the query string (`?difficulty=beginner&focus=scale`)
 * so a filtered view can be shared and works without JavaScript. Values of one facet
 * are ORed, facets are ANDed.
 */
export const FACET_VALUES = {
  difficulty: DIFFICULTIES,
  time: TIME_INVESTMENTS,
  focus: CHALLENGES,
  theme: THEMES,
  domain: DOMAINS,
} as const;
export type FacetKey = keyof typeof FACET_VALUES;
export type FacetValue<K extends FacetKey> = (typeof FACET_VALUES)[K][number];
export const FACET_KEYS = Object.keys(FACET_VALUES) as FacetKey[];
export type Filters = { [K in FacetKey]: FacetValue<K>[] };

/** How a facet is named in messages, e.g. `Ignored an unknown time investment "slow".` */
export const FACET_NOUN: Record<FacetKey, string> = {
  difficulty: "difficulty",
  time: "time investment",
  focus: "pattern focus",
  theme: "theme",
  domain: "domain",
};

export type FilterableStudy = Pick<Study, "difficulty" | "timeInvestment" | "challenges" | "themes" | "domain">;

function studyValues(study: FilterableStudy, facet: FacetKey): readonly string[] {
  switch (facet) {
    case "difficulty":
      return [study.difficulty];
    case "time":
      return [study.timeInvestment];
    case "focus":
      return study.challenges;
    case "theme":
      return study.themes;
    case "domain":
      return [study.domain];
  }
}

/** A query value as Next.js gives it, split on commas too, so `?focus=scale,latency` works. */
const MAX_VALUES = 30;
const listParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean)
      .slice(0, MAX_VALUES),
  );
/** Other keys (tracking parameters, typos of a key) are dropped: they cannot change the list. */
const querySchema = z.object({ difficulty: listParam, time: listParam, focus: listParam, theme: listParam, domain: listParam });

export type IgnoredValue = { facet: FacetKey; value: string; message: string };
export type ParsedFilters = { filters: Filters; ignored: IgnoredValue[] };
export type SearchParams = Record<string, string | string[] | undefined>;

export function emptyFilters(): Filters {
  return { difficulty: [], time: [], focus: [], theme: [], domain: [] };
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads the filters from a query; values that are not options are reported, never thrown. */
export function parseFilters(searchParams: SearchParams): ParsedFilters {
  const query = querySchema.parse(searchParams);
  const filters = emptyFilters();
  const ignored: IgnoredValue[] = [];
  for (const facet of FACET_KEYS) {
    const allowed = z.enum(FACET_VALUES[facet]);
    const chosen = new Set<string>();
    for (const raw of query[facet]) {
      const result = allowed.safeParse(raw);
      if (result.success) chosen.add(result.data);
      else if (!ignored.some((i) => i.facet === facet && i.value === shown(raw))) {
        ignored.push({ facet, value: shown(raw), message: `Ignored an unknown ${FACET_NOUN[facet]}: "${shown(raw)}".` });
      }
    }
    // Keep the options' own order so equal filters give equal URLs.
    (filters as Record<FacetKey, string[]>)[facet] = FACET_VALUES[facet].filter((v) => chosen.has(v));
  }
  return { filters, ignored };
}

export function activeFilterCount(filters: Filters): number {
  return FACET_KEYS.reduce((n, k) => n + filters[k].length, 0);
}

/** True when the study matches every facet with a choice (any of its values), ignoring `skip`. */
export function matchesFilters(study: FilterableStudy, filters: Filters, skip?: FacetKey): boolean {
  return FACET_KEYS.every((facet) => {
    const chosen = filters[facet] as readonly string[];
    return facet === skip || chosen.length === 0 || studyValues(study, facet).some((v) => chosen.includes(v));
  });
}

export function filterStudies<S extends FilterableStudy>(studies: readonly S[], filters: Filters): S[] {
  return studies.filter((s) => matchesFilters(s, filters));
}

export type FacetCounts = { [K in FacetKey]: Record<FacetValue<K>, number> };

/**
 * For each option, how many studies would match if it were chosen too: the other
 * facets' choices apply, this facet's do not (values within a facet are ORed).
 */
export function facetCounts(studies: readonly FilterableStudy[], filters: Filters): FacetCounts {
  const counts = Object.fromEntries(
    FACET_KEYS.map((facet) => [facet, Object.fromEntries(FACET_VALUES[facet].map((v) => [v, 0]))]),
  ) as FacetCounts;
  for (const study of studies) {
    for (const facet of FACET_KEYS) {
      if (!matchesFilters(study, filters, facet)) continue;
      const byValue = counts[facet] as Record<string, number>;
      for (const value of new Set(studyValues(study, facet))) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** The query string for a set of filters (facets and values in a fixed order), without `?`. */
export function filtersToQuery(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const facet of FACET_KEYS) for (const value of filters[facet] ?? []) params.append(facet, value);
  return params.toString();
}
