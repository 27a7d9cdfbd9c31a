import type { Catalog, Study } from "./catalog";
import { METRIC_KINDS, type CatalogConfig, type CatalogExample, type MetricKind } from "./catalog-config";
import {
  FACET_KEYS,
  FACET_VALUES,
  activeFilterCount,
  emptyFilters,
  facetCounts,
  filterStudies,
  filtersToQuery,
  type FacetKey,
  type Filters,
} from "./catalog-filters";
import { CHALLENGE_LABEL, DIFFICULTY_LABEL, THEME_LABEL, TIME_LABEL } from "./labels";
import { DIFFICULTIES, type Difficulty, type Domain } from "./schema";

/**
 * The sections of /case-studies and of each domain page, computed from the
 * content: every count, table row and link here comes from the catalog, and
 * content/catalog.mdx only chooses which systems to feature.
 */

export type StudyLink = { id: string; title: string; href: string };
export type StudyListItem = StudyLink & Pick<Study, "summary" | "difficulty" | "minutes" | "status">;
export type MetricView = { label: string; value: string; asOf: number };
export type ExampleView = { name: string; href?: string };
export type SystemRow = { system: string; study: StudyLink };

const link = ({ id, title, href }: Study): StudyLink => ({ id, title, href });
const listItem = (s: Study): StudyListItem => ({ ...link(s), summary: s.summary, difficulty: s.difficulty, minutes: s.minutes, status: s.status });
/** A study for a StudyCard: its list fields and the title of its domain. */
const cardItem = (catalog: Catalog, s: Study) => ({ ...listItem(s), domainTitle: catalog.domainBySlug.get(s.domain)!.title });
const metricsOf = (s: Study, kind: MetricKind): MetricView[] =>
  s.keyMetrics.filter((m) => m.kind === kind).map(({ label, value, asOf }) => ({ label, value, asOf }));
const studiesOf = (catalog: Catalog, ids: readonly string[]): Study[] => ids.map((id) => catalog.studyById.get(id)!);
const sumMinutes = (studies: readonly Study[]) => studies.reduce((n, s) => n + s.minutes, 0);

/** The filtered view of one value, e.g. `/case-studies?difficulty=beginner#results`. */
export function filterHref(facet: FacetKey, value: string): string {
  return `/case-studies?${filtersToQuery({ [facet]: [value] })}#results`;
}

export function optionLabel(catalog: Catalog, facet: FacetKey, value: string): string {
  switch (facet) {
    case "difficulty":
      return DIFFICULTY_LABEL[value as Difficulty];
    case "time":
      return TIME_LABEL[value as keyof typeof TIME_LABEL];
    case "focus":
      return CHALLENGE_LABEL[value as keyof typeof CHALLENGE_LABEL];
    case "theme":
      return THEME_LABEL[value as keyof typeof THEME_LABEL];
    case "domain":
      return catalog.domainBySlug.get(value as Domain)?.title ?? value;
  }
}

export function buildCatalogIndex(catalog: Catalog, config: CatalogConfig) {
  const studyOf = (name: string) => catalog.studyById.get(config.systems[name]!)!;
  const system = (name: string): SystemRow => ({ system: name, study: link(studyOf(name)) });
  const example = (item: CatalogExample): ExampleView =>
    typeof item === "string" ? { name: item, href: studyOf(item).href } : { name: item.text };
  const totals = facetCounts(catalog.studies, emptyFilters());
  const countBy = (facet: FacetKey) => totals[facet] as Record<string, number>;
  const elite = catalog.domainBySlug.get("elite-engineering")!;

  return {
    title: config.title,
    lead: config.lead,
    totals: {
      studies: catalog.studies.length,
      domains: catalog.domains.length,
      full: catalog.studies.filter((s) => s.status === "full").length,
      previews: catalog.studies.filter((s) => s.status === "preview").length,
    },
    provides: config.provides,
    domains: catalog.domains.map((d) => ({
      slug: d.slug,
      title: d.title,
      shortTitle: d.shortTitle,
      emoji: d.emoji,
      tagline: d.tagline,
      href: d.href,
      count: d.studyIds.length,
      studies: studiesOf(catalog, d.studyIds).map(listItem),
    })),
    problemDomains: METRIC_KINDS.map((kind) => ({
      kind,
      label: CHALLENGE_LABEL[kind],
      /** At most two figures per system keeps the three columns comparable; the table below has them all. */
      entries: config.problemDomains[kind].map((name) => ({ ...system(name), metrics: metricsOf(studyOf(name), kind).slice(0, 2) })),
      /** Studies that name this challenge; the filter link lists them. */
      challengeCount: countBy("focus")[kind] ?? 0,
      href: filterHref("focus", kind),
    })),
    patternUsage: config.patternUsage.map((name) => ({
      ...system(name),
      patterns: studyOf(name).patterns.map((slug) => {
        const p = catalog.patternBySlug.get(slug)!;
        return { slug, title: p.title, href: p.href };
      }),
    })),
    howToUse: config.howToUse,
    scaleComparison: config.scaleComparison.map((name) => ({
      ...system(name),
      metrics: metricsOf(studyOf(name), "scale"),
      highlights: studyOf(name).highlights,
    })),
    tracks: catalog.paths
      .filter((p) => p.kind === "track")
      .map((p) => {
        const steps = studiesOf(catalog, p.steps);
        return { slug: p.slug, title: p.title, audience: p.audience ?? "", why: p.description, href: p.href, minutes: sumMinutes(steps), steps: steps.map(link) };
      }),
    practitioners: config.practitioners.map(({ role, action, domain }) => {
      const d = catalog.domainBySlug.get(domain)!;
      return { role, action, domain: { title: d.title, emoji: d.emoji, href: d.href, count: d.studyIds.length } };
    }),
    deepDives: {
      domain: { title: elite.title, href: elite.href },
      studies: studiesOf(catalog, elite.studyIds).map((s) => ({ ...link(s), highlights: s.highlights })),
    },
    facetSummaries: (["difficulty", "time", "focus", "theme"] as const).map((facet) => ({
      facet,
      values: FACET_VALUES[facet].map((value) => ({
        value,
        label: optionLabel(catalog, facet, value),
        count: countBy(facet)[value] ?? 0,
        href: filterHref(facet, value),
        examples: facet === "time" ? [] : (config.examples[facet] as Record<string, CatalogExample[] | undefined>)[value]?.map(example) ?? [],
      })),
    })),
    tip: config.tip,
  };
}
export type CatalogIndex = ReturnType<typeof buildCatalogIndex>;

/** The filter form's options (with how many studies each would give) and the matching studies. */
export function buildFilterPanel(catalog: Catalog, filters: Filters) {
  const counts = facetCounts(catalog.studies, filters);
  const query = filtersToQuery(filters);
  return {
    active: activeFilterCount(filters),
    query,
    /** Each chosen value with a link to the same view without it. */
    chosen: FACET_KEYS.flatMap((facet) =>
      (filters[facet] as readonly string[]).map((value) => {
        const rest = filtersToQuery({ ...filters, [facet]: (filters[facet] as readonly string[]).filter((v) => v !== value) });
        return { facet, value, label: optionLabel(catalog, facet, value), removeHref: `/case-studies${rest ? `?${rest}` : ""}#results` };
      }),
    ),
    facets: FACET_KEYS.map((facet) => ({
      facet,
      options: FACET_VALUES[facet].map((value) => ({
        value,
        label: optionLabel(catalog, facet, value),
        count: (counts[facet] as Record<string, number>)[value] ?? 0,
        checked: (filters[facet] as readonly string[]).includes(value),
      })),
    })),
    results: filterStudies(catalog.studies, filters).map((s) => cardItem(catalog, s)),
  };
}
export type FilterPanel = ReturnType<typeof buildFilterPanel>;

/** A domain page: its studies by difficulty, its learning path, and related domains. */
export function buildDomainIndex(catalog: Catalog, slug: Domain) {
  const domain = catalog.domainBySlug.get(slug)!;
  const studies = studiesOf(catalog, domain.studyIds);
  const pathSteps = studiesOf(catalog, domain.path);
  const learningPath = catalog.paths.find((p) => p.kind === "domain" && p.domain === slug)!;
  return {
    domain,
    totalMinutes: sumMinutes(studies),
    byDifficulty: DIFFICULTIES.map((difficulty) => ({
      difficulty,
      label: DIFFICULTY_LABEL[difficulty],
      studies: studies.filter((s) => s.difficulty === difficulty).map((s) => cardItem(catalog, s)),
    })),
    path: { title: learningPath.title, href: learningPath.href, minutes: sumMinutes(pathSteps), steps: pathSteps.map(listItem) },
    crossReferences: domain.crossReferences.map(({ domain: other, why }) => {
      const d = catalog.domainBySlug.get(other)!;
      return { slug: d.slug, title: d.title, emoji: d.emoji, href: d.href, count: d.studyIds.length, why };
    }),
  };
}
export type DomainIndex = ReturnType<typeof buildDomainIndex>;
