import type { Catalog, Pattern } from "./catalog";
import { PATTERN_CATEGORY_LABEL } from "./labels";
import { patternFrontmatterSchema } from "./schema";

export type PatternSummary = Pick<Pattern, "slug" | "title" | "href" | "aliases"> & { studyCount: number };

const summary = (p: Pattern): PatternSummary => ({ slug: p.slug, title: p.title, href: p.href, aliases: p.aliases, studyCount: p.studyIds.length });

/** Patterns grouped by category, in the schema's order of categories; empty categories are left out. */
export function groupPatternsByCategory(catalog: Catalog) {
  return patternFrontmatterSchema.shape.category.options
    .map((category) => ({
      category,
      label: PATTERN_CATEGORY_LABEL[category],
      patterns: catalog.patterns.filter((p) => p.category === category).map(summary),
    }))
    .filter((group) => group.patterns.length > 0);
}

/** Patterns that appear in the same studies as this one, most shared studies first (then by title). */
export function patternsUsedWith(catalog: Catalog, slug: string, limit = 6): (PatternSummary & { shared: number })[] {
  const pattern = catalog.patternBySlug.get(slug);
  if (!pattern) return [];
  const shared = new Map<string, number>();
  for (const id of pattern.studyIds) {
    for (const other of catalog.studyById.get(id)?.patterns ?? []) {
      if (other !== slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([other, count]) => ({ ...summary(catalog.patternBySlug.get(other)!), shared: count }))
    .sort((a, b) => b.shared - a.shared || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** A plain-text description for metadata: the body's first sentences, without Markdown, at most `max` characters. */
export function plainDescription(markdown: string, max = 160): string {
  const text = (markdown.split(/\n\s*\n/)[0] ?? "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
